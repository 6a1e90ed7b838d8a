// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/selection/ballots/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate a project of the round at the year’s end (满意, 基本满意, 不满意), once */
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
                        /** Format: uuid */
                        projectId: string;
                        /** @enum {string} */
                        rating: "satisfied" | "fairly_satisfied" | "dissatisfied";
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
                            roundId: string;
                            name: string;
                            year: number;
                            /** @enum {string} */
                            state: "collecting" | "screening" | "voting" | "decided";
                            chooseCount: number;
                            candidates: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                summary: string;
                                budget: number | null;
                                /** @enum {string} */
                                category: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
                            }[];
                            /** @description null until the ballot is cast */
                            myChoices: string[] | null;
                            projects: {
                                /** Format: uuid */
                                projectId: string;
                                name: string;
                                myRating: ("satisfied" | "fairly_satisfied" | "dissatisfied") | null;
                            }[];
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
