// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
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
        /** Update a unit */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
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
                200: {
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
        post?: never;
        /** Delete a unit nobody works for */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
