// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/activities/{id}/signups/{signupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a sign-up (one’s own, or as the organiser); the waiting list moves up */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    signupId: string;
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
                        };
                    };
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
