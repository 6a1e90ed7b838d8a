// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/projects/{id}/urges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's urges and answers, newest first */
        get: {
            parameters: {
                query?: never;
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
                            projectId: string;
                            projectName: string;
                            message: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            answerBy: string;
                            urgedByName: string;
                            /** Format: date-time */
                            urgedAt: string;
                            answer: string | null;
                            answeredByName: string | null;
                            answeredAt: string | null;
                            /** @enum {string} */
                            state: "open" | "overdue" | "answered";
                            canAnswer: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Urge a project: its lead unit's staff are told and must answer by the day given */
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
                        message: string;
                        /**
                         * Format: date
                         * @description The day the lead unit must answer by
                         */
                        answerBy: string;
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
                            projectId: string;
                            projectName: string;
                            message: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            answerBy: string;
                            urgedByName: string;
                            /** Format: date-time */
                            urgedAt: string;
                            answer: string | null;
                            answeredByName: string | null;
                            answeredAt: string | null;
                            /** @enum {string} */
                            state: "open" | "overdue" | "answered";
                            canAnswer: boolean;
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
