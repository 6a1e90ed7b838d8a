// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/projects/{id}/deliberation/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My vote this month and my comments on a project, pending ones included */
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
                            /** @description A month, YYYY-MM */
                            period: string;
                            vote: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            comments: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** @description The author as shown publicly: the surname and a mask */
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description A month, YYYY-MM */
                                period: string;
                                /** @enum {string} */
                                state: "pending" | "approved" | "hidden";
                                hideReason: string | null;
                                moderatedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
