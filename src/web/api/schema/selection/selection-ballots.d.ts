// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/selection/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rounds I am a registered voter of, with my ballot */
        get: {
            parameters: {
                query?: never;
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
