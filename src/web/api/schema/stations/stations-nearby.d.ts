// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stations/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's stations: those of their home's place chain, with rooms and hours */
        get: {
            parameters: {
                query?: never;
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
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room" | "civilization_institute" | "civilization_point" | "party_service_station" | "red_post" | "deputies_home" | "deputies_liaison" | "tea_house";
                            /** @description 1 所, 2 站, 3 点 */
                            tier: number;
                            name: string;
                            placeName: string;
                            address: string | null;
                            /** @description A note on the station as a whole; rooms carry their own hours */
                            openingHours: string | null;
                            contactName: string | null;
                            /** @description The contact person's phone, masked */
                            phone: string | null;
                            rooms: {
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
                            }[];
                        }[];
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
