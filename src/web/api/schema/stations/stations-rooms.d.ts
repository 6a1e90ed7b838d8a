// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stations/{id}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a function room with its opening hours */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                201: {
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
