// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/public/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published projects with their progress (展播): nothing private */
        get: {
            parameters: {
                query?: {
                    /** @description Page size, at most 100 */
                    limit?: number;
                    /** @description The previous page's nextCursor */
                    cursor?: string;
                    placeId?: string;
                    category?: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
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
                            items: {
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
                            }[];
                            nextCursor: string | null;
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
