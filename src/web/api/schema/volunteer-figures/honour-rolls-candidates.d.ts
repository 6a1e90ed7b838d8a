// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/honour-rolls/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidates for the honour roll: volunteers, teams and stations ranked by their records
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
                            volunteers: {
                                /** @enum {string} */
                                kind: "volunteer" | "team" | "station";
                                /** Format: uuid */
                                id: string;
                                /** @description Office view: the full name */
                                name: string;
                                figures: {
                                    confirmedMinutes?: number;
                                    averageRating?: number | null;
                                    activitiesAttended?: number;
                                    ordersCompleted?: number;
                                    activitiesHeld?: number;
                                    peopleServed?: number;
                                };
                            }[];
                            teams: {
                                /** @enum {string} */
                                kind: "volunteer" | "team" | "station";
                                /** Format: uuid */
                                id: string;
                                /** @description Office view: the full name */
                                name: string;
                                figures: {
                                    confirmedMinutes?: number;
                                    averageRating?: number | null;
                                    activitiesAttended?: number;
                                    ordersCompleted?: number;
                                    activitiesHeld?: number;
                                    peopleServed?: number;
                                };
                            }[];
                            stations: {
                                /** @enum {string} */
                                kind: "volunteer" | "team" | "station";
                                /** Format: uuid */
                                id: string;
                                /** @description Office view: the full name */
                                name: string;
                                figures: {
                                    confirmedMinutes?: number;
                                    averageRating?: number | null;
                                    activitiesAttended?: number;
                                    ordersCompleted?: number;
                                    activitiesHeld?: number;
                                    peopleServed?: number;
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
