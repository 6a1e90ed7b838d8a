// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/activity-signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My sign-ups, the latest activity first */
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                activityId: string;
                                /** @enum {string} */
                                status: "confirmed" | "waitlisted" | "cancelled" | "walk_in";
                                waitlistPosition: number | null;
                                /** @description Masked for staff lists */
                                name: string;
                                /** @description Masked */
                                phone: string | null;
                                /** @description Signed up by the person themselves */
                                isSelf: boolean;
                                signedUpAt: string;
                                checkedInAt: string | null;
                                checkedOutAt: string | null;
                                autoClosed: boolean;
                                minutes: number;
                                activity: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** @enum {string} */
                                    kind: "volunteer_service" | "party_day" | "lecture" | "elder_school" | "red_scarf_class" | "convenience_day" | "joint_reception" | "other";
                                    /** @description ISO 8601 with the installation’s offset */
                                    startsAt: string;
                                    endsAt: string;
                                    /** @enum {string} */
                                    state: "planned" | "done" | "cancelled";
                                    placeName: string;
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
