// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluations of a month of every project I see, by mean total */
        get: {
            parameters: {
                query: {
                    /** @description A month, YYYY-MM */
                    period: string;
                    /** @description By mean total; unscored projects last */
                    sort?: "total" | "-total";
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
                            projectId: string;
                            projectName: string;
                            /** @description A month, YYYY-MM */
                            period: string;
                            hasStatement: boolean;
                            votes: {
                                satisfied: number;
                                basically_satisfied: number;
                                dissatisfied: number;
                                total: number;
                            };
                            approvedComments: number;
                            scorers: number;
                            /** @description Mean of the sheets’ totals, one decimal; null before any sheet */
                            meanTotal: number | null;
                            /** @description The current rubric, each with the mean points of the sheets that scored it */
                            criteria: {
                                /** @description Stable key the score sheets use */
                                key: string;
                                nameZh: string;
                                nameEn: string;
                                maxPoints: number;
                                mean: number | null;
                            }[];
                            maxTotal: number;
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
