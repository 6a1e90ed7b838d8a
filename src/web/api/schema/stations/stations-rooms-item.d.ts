// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stations/{id}/rooms/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a room: name, kind, capacity, hours, active */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roomId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "reading" | "activity" | "counselling" | "care" | "service_space" | "village_history" | "meeting" | "volunteer" | "classroom" | "rest" | "other";
                        capacity?: number | null;
                        hours: {
                            weekday: number;
                            /** @description Local wall-clock time HH:MM (24:00 closes at midnight) */
                            opens: string;
                            /** @description Local wall-clock time HH:MM (24:00 closes at midnight) */
                            closes: string;
                        }[];
                        /** @default true */
                        closedOnHolidays?: boolean;
                        /** @default true */
                        active?: boolean;
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
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            stationId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "reading" | "activity" | "counselling" | "care" | "service_space" | "village_history" | "meeting" | "volunteer" | "classroom" | "rest" | "other";
                            capacity: number | null;
                            /** @description Weekday spans; a weekday without one is closed */
                            hours: {
                                weekday: number;
                                /** @description Local wall-clock time HH:MM (24:00 closes at midnight) */
                                opens: string;
                                /** @description Local wall-clock time HH:MM (24:00 closes at midnight) */
                                closes: string;
                            }[];
                            /** @description Closed on the days off of the work calendar */
                            closedOnHolidays: boolean;
                            active: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a room never booked (set a booked one inactive) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roomId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
