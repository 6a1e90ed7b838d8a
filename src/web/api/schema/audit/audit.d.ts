// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (auditor only) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
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
                                /**
                                 * Format: uuid
                                 * @description The chain it belongs to (the all-zero id for whole-tree actions)
                                 */
                                districtId: string;
                                seq: number;
                                at: string;
                                actorId: string | null;
                                actorName: string | null;
                                actorRoles: string[];
                                ip: string | null;
                                userAgent: string | null;
                                requestId: string | null;
                                action: string;
                                targetType: string;
                                targetId: string | null;
                                before: unknown | null;
                                after: unknown | null;
                                hash: string;
                            }[];
                            nextCursor: string | null;
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
