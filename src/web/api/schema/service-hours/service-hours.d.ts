// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/service-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service hours ledger (志愿服务时长): a volunteer's own, or the office's area */
        get: {
            parameters: {
                query?: {
                    /** @description One volunteer's entries; a volunteer reads only their own */
                    accountId?: string;
                    /** @description Office: entries served in this node's subtree */
                    placeId?: string;
                    /** @description One team's entries */
                    unitId?: string;
                    status?: "pending" | "confirmed" | "reversed";
                    /** @description Served at or after */
                    from?: string;
                    /** @description Served before */
                    to?: string;
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
                                accountId: string;
                                accountName: string | null;
                                unitId: string | null;
                                unitName: string | null;
                                minutes: number;
                                /** @enum {string} */
                                status: "pending" | "confirmed" | "reversed";
                                ticketId: string | null;
                                activityId: string | null;
                                content: string;
                                servedAt: string;
                                createdAt: string;
                                confirmedAt: string | null;
                                reversedAt: string | null;
                                reverseReason: string | null;
                                /** @description What the caller may do with it now */
                                allowedActions: ("confirm" | "reverse")[];
                            }[];
                            nextCursor: string | null;
                            /** @description Confirmed minutes (not reversed) of every entry the filter selects, not only this page */
                            totalMinutes: number;
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
