// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stations/{id}/rooms/{roomId}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a room: inside its hours, not past, at most 8 h, no overlap (409) */
        post: {
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
                        purpose: string;
                        contactName: string;
                        phone: string;
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
                            roomId: string;
                            roomName: string;
                            /** Format: uuid */
                            stationId: string;
                            startsAt: string;
                            endsAt: string;
                            purpose: string;
                            /** @enum {string} */
                            status: "booked" | "cancelled";
                            bookedByName: string | null;
                            activityId: string | null;
                            contactName: string;
                            /** @description Masked; null for an activity’s booking */
                            phone: string | null;
                            mayCancel: boolean;
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
