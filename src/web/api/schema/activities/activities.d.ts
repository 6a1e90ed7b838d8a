// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities by start time (a place subtree, a time range): lists and calendars */
        get: {
            parameters: {
                query?: {
                    /** @description Activities in this place’s subtree */
                    placeId?: string;
                    /** @description Starting at or after */
                    from?: string;
                    /** @description Starting before */
                    to?: string;
                    kind?: "volunteer_service" | "party_day" | "lecture" | "elder_school" | "red_scarf_class" | "convenience_day" | "joint_reception" | "other";
                    state?: "planned" | "done" | "cancelled";
                    seriesId?: string;
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
                                /** @enum {string} */
                                kind: "volunteer_service" | "party_day" | "lecture" | "elder_school" | "red_scarf_class" | "convenience_day" | "joint_reception" | "other";
                                title: string;
                                description: string | null;
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                stationId: string | null;
                                stationName: string | null;
                                room: string | null;
                                unitId: string | null;
                                unitName: string | null;
                                organiserName: string | null;
                                /** @description ISO 8601 with the installation’s offset */
                                startsAt: string;
                                endsAt: string;
                                /** @enum {string} */
                                state: "planned" | "done" | "cancelled";
                                seriesId: string | null;
                                capacity: number;
                                confirmedCount: number;
                                waitlistCount: number;
                                peopleServed: number | null;
                                summary: string | null;
                                mySignup: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "confirmed" | "waitlisted" | "cancelled" | "walk_in";
                                    waitlistPosition: number | null;
                                } | null;
                                allowedActions: ("edit" | "signup_others" | "attendance" | "complete" | "cancel")[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an activity, or a series of them with a recurrence */
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
                        /** @description e.g. 老年学校 书法课 */
                        title: string;
                        /**
                         * Format: uuid
                         * @description The community (or a node below) it belongs to
                         */
                        placeId: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 with offset, e.g. 2026-12-05T09:00:00+08:00
                         */
                        startsAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 with offset, e.g. 2026-12-05T09:00:00+08:00
                         */
                        endsAt: string;
                        /** @description Places; more sign-ups go on the waiting list */
                        capacity: number;
                        /**
                         * @default volunteer_service
                         * @enum {string}
                         */
                        kind?: "volunteer_service" | "party_day" | "lecture" | "elder_school" | "red_scarf_class" | "convenience_day" | "joint_reception" | "other";
                        description?: string;
                        /**
                         * Format: uuid
                         * @description The station (阵地) it is held at
                         */
                        stationId?: string;
                        /** @description A room of the station */
                        room?: string;
                        /**
                         * Format: uuid
                         * @description The volunteer team running it
                         */
                        unitId?: string;
                        /** @description Repeat it; each occurrence is its own activity in one series */
                        recurrence?: {
                            /** @enum {string} */
                            frequency: "weekly" | "monthly_day" | "monthly_weekday" | "twice_monthly";
                            /** @default 1 */
                            interval?: number;
                            monthDays?: number[];
                            /**
                             * Format: date
                             * @description A calendar day in the installation’s time zone, YYYY-MM-DD
                             */
                            until?: string;
                            count?: number;
                            /** @default [] */
                            skipDates?: string[];
                        };
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
                            /** @enum {string} */
                            kind: "volunteer_service" | "party_day" | "lecture" | "elder_school" | "red_scarf_class" | "convenience_day" | "joint_reception" | "other";
                            title: string;
                            description: string | null;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            stationId: string | null;
                            stationName: string | null;
                            room: string | null;
                            unitId: string | null;
                            unitName: string | null;
                            organiserName: string | null;
                            /** @description ISO 8601 with the installation’s offset */
                            startsAt: string;
                            endsAt: string;
                            /** @enum {string} */
                            state: "planned" | "done" | "cancelled";
                            seriesId: string | null;
                            capacity: number;
                            confirmedCount: number;
                            waitlistCount: number;
                            peopleServed: number | null;
                            summary: string | null;
                            mySignup: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "confirmed" | "waitlisted" | "cancelled" | "walk_in";
                                waitlistPosition: number | null;
                            } | null;
                            allowedActions: ("edit" | "signup_others" | "attendance" | "complete" | "cancel")[];
                            /** @description How many activities the request made (1 without recurrence) */
                            occurrences: number;
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
