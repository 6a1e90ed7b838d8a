// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit one’s own statement until leaders have scored its period */
        put: {
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
                200: {
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
