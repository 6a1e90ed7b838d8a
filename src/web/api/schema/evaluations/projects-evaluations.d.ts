// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/projects/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation of a project and month: statement, votes, comments, mean scores */
        get: {
            parameters: {
                query: {
                    /** @description A month, YYYY-MM */
                    period: string;
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
                            statement: {
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
                            } | null;
                            sheets: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                /** @description A month, YYYY-MM */
                                period: string;
                                scorerName: string;
                                /** @description The rubric it was scored on */
                                criteria: {
                                    /** @description Stable key the score sheets use */
                                    key: string;
                                    nameZh: string;
                                    nameEn: string;
                                    maxPoints: number;
                                    points: number;
                                }[];
                                total: number;
                                note: string | null;
                                isMine: boolean;
                                /** Format: date-time */
                                updatedAt: string;
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
