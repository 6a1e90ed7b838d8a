// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/volunteer-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Volunteer service figures of a subtree and period, by child node and by team
         * @description Days from–to, both included (default: this month, Beijing time), at most 366 days. A place outside the caller’s subtree answers 403. Definitions: docs/volunteer-figures.md.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The subtree's top node; default: the caller's own node */
                    placeId?: string;
                    /** @description First day; default: the first day of this month */
                    from?: string;
                    /** @description Last day, included; default: the last day of this month */
                    to?: string;
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
                            placeId: string | null;
                            placeName: string | null;
                            /** @description First day (YYYY-MM-DD) */
                            from: string;
                            /** @description Last day, included (YYYY-MM-DD) */
                            to: string;
                            asOf: string;
                            totals: {
                                volunteers: number;
                                partyMembers: number;
                                teams: number;
                                confirmedMinutes: number;
                                pendingMinutes: number;
                                activitiesHeld: number;
                                attendance: number;
                                peopleServed: number;
                                ordersClaimed: number;
                                ordersCompleted: number;
                                wishesClaimed: number;
                                wishesCompleted: number;
                                ratedOrders: number;
                                /** @description Mean score of the rated completed orders: 满意 3, 基本满意 2, 不满意 1; null when none */
                                averageRating: number | null;
                            };
                            byChild: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                figures: {
                                    volunteers: number;
                                    partyMembers: number;
                                    teams: number;
                                    confirmedMinutes: number;
                                    pendingMinutes: number;
                                    activitiesHeld: number;
                                    attendance: number;
                                    peopleServed: number;
                                    ordersClaimed: number;
                                    ordersCompleted: number;
                                    wishesClaimed: number;
                                    wishesCompleted: number;
                                    ratedOrders: number;
                                    /** @description Mean score of the rated completed orders: 满意 3, 基本满意 2, 不满意 1; null when none */
                                    averageRating: number | null;
                                };
                            }[];
                            byTeam: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                placeName: string;
                                figures: {
                                    volunteers: number;
                                    partyMembers: number;
                                    teams: number;
                                    confirmedMinutes: number;
                                    pendingMinutes: number;
                                    activitiesHeld: number;
                                    attendance: number;
                                    peopleServed: number;
                                    ordersClaimed: number;
                                    ordersCompleted: number;
                                    wishesClaimed: number;
                                    wishesCompleted: number;
                                    ratedOrders: number;
                                    /** @description Mean score of the rated completed orders: 满意 3, 基本满意 2, 不满意 1; null when none */
                                    averageRating: number | null;
                                };
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
