// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units serving my area, or a place (dispatch targets) */
        get: {
            parameters: {
                query?: {
                    /** @description Units serving this place: on it, above it or below it */
                    placeId?: string;
                    kind?: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                    q?: string;
                    /** @description Page size, at most 100 */
                    limit?: number;
                    /** @description The previous page's nextCursor */
                    cursor?: string;
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                /** @enum {string} */
                                kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                name: string;
                                code: string | null;
                                contactName: string | null;
                                /** @description Masked (138****1234) */
                                phone: string | null;
                                description: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a unit on a place */
        post: {
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
                        /** @enum {string} */
                        kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                        name: string;
                        code?: string;
                        contactName?: string;
                        phone?: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /** @enum {string} */
                            kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                            name: string;
                            code: string | null;
                            contactName: string | null;
                            /** @description Masked (138****1234) */
                            phone: string | null;
                            description: string | null;
                        };
                    };
                };
            };
        };
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
