// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/evaluations/rubric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My district's scoring rubric (the default one when none was set) */
        get: {
            parameters: {
                query?: never;
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
                            criteria: {
                                /** @description Stable key the score sheets use */
                                key: string;
                                nameZh: string;
                                nameEn: string;
                                maxPoints: number;
                            }[];
                            /** @description No rubric was set for the district: the default one */
                            isDefault: boolean;
                            maxTotal: number;
                        };
                    };
                };
            };
        };
        /** Set my district's scoring rubric (audited) */
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
                        criteria: {
                            /** @description Stable key the score sheets use */
                            key: string;
                            nameZh: string;
                            nameEn: string;
                            maxPoints: number;
                        }[];
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
                            criteria: {
                                /** @description Stable key the score sheets use */
                                key: string;
                                nameZh: string;
                                nameEn: string;
                                maxPoints: number;
                            }[];
                            /** @description No rubric was set for the district: the default one */
                            isDefault: boolean;
                            maxTotal: number;
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
