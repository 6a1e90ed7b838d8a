// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/work-calendar/days/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a day as a holiday or a make-up workday */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD, a Beijing calendar day */
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isWorkday: boolean;
                        /** @description e.g. 国庆节, 国庆节调休上班 */
                        name: string;
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
                            isWorkday: boolean;
                            /** @description e.g. 国庆节, 国庆节调休上班 */
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            day: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Give a day back to the plain week */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD, a Beijing calendar day */
                    day: string;
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
