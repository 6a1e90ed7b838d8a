// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/projects/margins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The margins in force at a place of my area (behind, seriously behind) and where they come from */
        get: {
            parameters: {
                query: {
                    placeId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            placeId: string;
                            behind: number;
                            seriouslyBehind: number;
                            from: {
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                            } | null;
                            isOwn: boolean;
                            mayEdit: boolean;
                        };
                    };
                };
            };
        };
        /** Set a district's or street's own margins, or clear them (margins: null) to inherit again */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        placeId: string;
                        margins: {
                            behind: number;
                            seriouslyBehind: number;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            placeId: string;
                            behind: number;
                            seriouslyBehind: number;
                            from: {
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                            } | null;
                            isOwn: boolean;
                            mayEdit: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
