// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/tickets/bulk-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One move on up to 100 tickets (e.g. dispatch the selected rows to one unit)
         * @description Each ticket is moved in its own transaction, exactly as a single move would be: the answer is 200 with one result per id, some of which may be 409 (already moved), 403 or 404. Office staff only.
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
                        /** @enum {string} */
                        action: "accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension";
                        reason?: string;
                        note?: string;
                        result?: string;
                        /** Format: uuid */
                        unitId?: string;
                        /** Format: uuid */
                        intoId?: string;
                        /** @enum {string} */
                        rating?: "satisfied" | "basically_satisfied" | "unsatisfied";
                        comment?: string;
                        /**
                         * @description For close: defaults to resolved after a rating
                         * @enum {string}
                         */
                        outcome?: "resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected";
                        /** @description For resolve: the minutes the service took (required for a service order); each claimant is credited them as pending service hours */
                        minutes?: number;
                        /** @description For extend: working days added (asked for by the handler or office, granted at once by the level above) */
                        days?: number;
                        /**
                         * Format: date
                         * @description For claim of a wish (required there): the day the claimant promises to fulfil it by (承诺完成日期), today up to 60 days ahead
                         */
                        promisedOn?: string;
                        /**
                         * @description For rate of a wish: the resident agrees to show their comment as a thank-you on the public wall, with the claimants’ masked names
                         * @enum {boolean}
                         */
                        thanksPublic?: true;
                        /** @description The tickets, at most 100; an id listed twice is moved once */
                        ids: string[];
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
