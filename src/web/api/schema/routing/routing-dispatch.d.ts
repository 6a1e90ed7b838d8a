// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/routing/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch each ticket to the main handler its catalogue rule names (按派单目录分派)
         * @description Each ticket is dispatched in its own transaction, exactly as a single dispatch would be: the answer is 200 with one result per id, some of which may be 404 (no rule covers it), 409 (already moved) or 403.
         */
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
                        /** @description The tickets, at most 100; an id listed twice counts once */
                        ids: string[];
                        /** @description Written on every ticket's timeline */
                        note?: string;
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
                            /** @description One per id, in the order asked */
                            results: {
                                /** Format: uuid */
                                id: string;
                                /** @description 200, or the HTTP status of the single move (400, 403, 404, 409 …) */
                                status: number;
                                /**
                                 * @description The state after the move, on success
                                 * @enum {string}
                                 */
                                state?: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                number?: string;
                                /** @description The error code, on failure */
                                code?: string;
                                /** @description The problem in the caller's language, on failure */
                                title?: string;
                                errors?: {
                                    path: string;
                                    message: string;
                                }[];
                            }[];
                            succeeded: number;
                            failed: number;
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
