// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/public/selection/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A decided round’s results */
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
                            placeName: string;
                            year: number;
                            chooseCount: number;
                            voters: number;
                            ballots: number;
                            results: {
                                name: string;
                                /** @enum {string} */
                                category: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
                                budget: number | null;
                                /** @description Counted so far (office) or final (after decide) */
                                votes: number | null;
                                rank: number | null;
                                isWinner: boolean;
                                /** @description Split from an equal count by the tie-break rule */
                                isTie: boolean;
                            }[];
                            satisfaction: {
                                /** Format: uuid */
                                projectId: string;
                                name: string;
                                satisfied: number;
                                fairlySatisfied: number;
                                dissatisfied: number;
                                /** @description (满意 + 基本满意) / all, percent, one decimal */
                                rate: number | null;
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
