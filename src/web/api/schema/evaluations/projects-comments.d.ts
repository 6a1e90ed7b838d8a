// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/projects/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's comments in every state, newest first */
        get: {
            parameters: {
                query?: {
                    state?: "pending" | "approved" | "hidden";
                };
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
        put?: never;
        /** Comment on a published project: shown publicly once an office approves it */
        post: {
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
                        body: string;
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
