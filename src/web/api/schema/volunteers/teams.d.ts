// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volunteer teams in my area */
        get: {
            parameters: {
                query?: {
                    /** @description Teams in this subtree */
                    placeId?: string;
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
                                 * @description The team's unit id
                                 */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                serviceBrand: string | null;
                                stationId: string | null;
                                stationName: string | null;
                                leaderId: string | null;
                                leaderName: string | null;
                                skills: string[];
                                memberCount: number;
                                /** @description Applications waiting for a decision */
                                pendingCount: number;
                                allowedActions: ("update" | "review")[];
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
