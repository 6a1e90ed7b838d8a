// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/bulletins/urgings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Weekly urges sent to lead units in my area, newest first */
        get: {
            parameters: {
                query?: {
                    projectId?: string;
                    /** @description Urges sent on or after this day (default: the last 28 days) */
                    since?: string;
                };
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
                            /** Format: uuid */
                            projectId: string;
                            projectName: string;
                            leadUnitName: string;
                            /** @description ISO week, 2026-W49 */
                            week: string;
                            urgedOn: string;
                            /** @description The project’s latest report when it was urged */
                            lastReportedOn: string | null;
                            /** @description Lead-unit staff told */
                            recipients: number;
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
