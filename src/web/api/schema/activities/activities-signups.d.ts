// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/activities/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up: no body for the caller; name and phone (an organiser) for someone else */
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
                        phone: string;
                    } | null;
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
