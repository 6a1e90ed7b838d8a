// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/projects/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File the lead unit's statement of a month (述): one per project and period
         * @description A second statement for the same period answers 409 naming who filed the first.
         */
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
                        /** @description A month, YYYY-MM */
                        period: string;
                        /** @description What was done in the month */
                        done: string;
                        /** @description Problems met */
                        problems: string;
                        /** @description What comes next */
                        nextSteps: string;
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
                            /** @description A month, YYYY-MM */
                            period: string;
                            /** @description What was done in the month */
                            done: string;
                            /** @description Problems met */
                            problems: string;
                            /** @description What comes next */
                            nextSteps: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            filedByName: string;
                            /** @description The caller filed it (and may edit it until the period is scored) */
                            isMine: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
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
