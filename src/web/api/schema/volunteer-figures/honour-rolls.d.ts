// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/honour-rolls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The honour rolls of a subtree, taken-down ones included, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Rolls of this place and below; default: the caller’s own node (all for the public) */
                    placeId?: string;
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
                                placeId: string;
                                placeName: string;
                                title: string;
                                from: string;
                                to: string;
                                /** @description null once taken down */
                                publishedAt: string | null;
                                entries: {
                                    /** @enum {string} */
                                    kind: "volunteer" | "team" | "station";
                                    /** @description A volunteer as surname + 某 (no consent to show more is recorded) */
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
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Publish an honour roll of chosen candidates (figures taken from the records) */
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
                        /**
                         * Format: uuid
                         * @description The place whose honour roll it is
                         */
                        placeId: string;
                        /** @description e.g. 2026年11月优秀志愿者 */
                        title: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a Beijing calendar day
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description Last day, included
                         */
                        to: string;
                        /** @description The candidates chosen, in the order they are listed */
                        entries: {
                            /** @enum {string} */
                            kind: "volunteer" | "team" | "station";
                            /** Format: uuid */
                            id: string;
                        }[];
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
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            title: string;
                            from: string;
                            to: string;
                            /** @description null once taken down */
                            publishedAt: string | null;
                            entries: {
                                /** @enum {string} */
                                kind: "volunteer" | "team" | "station";
                                /** @description A volunteer as surname + 某 (no consent to show more is recorded) */
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
