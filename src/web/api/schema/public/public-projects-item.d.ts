// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/public/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published project with milestones, progress reports and dated photos */
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
                            name: string;
                            /** @enum {string} */
                            level: "district" | "street" | "community" | "compound";
                            /** @enum {string} */
                            category: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
                            groups: ("elderly" | "youth" | "children" | "low_income" | "disabled" | "everyone")[];
                            placeName: string;
                            leadUnitName: string;
                            budget: number | null;
                            startDate: string;
                            endDate: string;
                            target: string | null;
                            benefit: string | null;
                            /** @description The day progress and status are computed for */
                            asOf: string;
                            plannedProgress: number;
                            /** @description The latest reported percentage on or before asOf */
                            actualProgress: number;
                            /** @enum {string} */
                            status: "on_track" | "behind" | "seriously_behind" | "overdue" | "done";
                            doneAt: string | null;
                            milestones: {
                                name: string;
                                plannedDate: string;
                                /** @description The day a report marked it done */
                                doneOn: string | null;
                            }[];
                            reports: {
                                /** @description The day it was filed */
                                reportedOn: string;
                                /** @description Reported percentage */
                                progress: number;
                                /** @description 序时进度 on that day */
                                plannedProgress: number;
                                note: string;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                takenOn: string;
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
