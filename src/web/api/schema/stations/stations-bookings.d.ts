// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stations/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station's room bookings over some days (the week view), cancelled ones included */
        get: {
            parameters: {
                query: {
                    /** @description First day, in the installation’s time zone */
                    from: string;
                    days?: number;
                    roomId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
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
