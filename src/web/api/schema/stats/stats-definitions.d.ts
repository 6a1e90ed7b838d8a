// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stats/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What every counter, rate and average means, in the caller’s language */
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
                            /** @description Which tickets are counted */
                            population: string;
                            counters: {
                                /** @enum {string} */
                                key: "submitted" | "accepted" | "rejected" | "merged" | "dueForResponse" | "respondedOnTime" | "dispatched" | "dispatchedAccurately" | "returned" | "dueForHandling" | "resolved" | "resolvedWell" | "resolvedOnTime" | "everResolved" | "reworked" | "extended" | "closed" | "closedOnTime" | "overdue" | "overdueOpen" | "rated" | "satisfiedOrBasically";
                                name: string;
                                definition: string;
                            }[];
                            rates: {
                                /** @enum {string} */
                                key: "responseRate" | "resolutionRate" | "satisfactionRate" | "onTimeRate" | "handledOnTimeRate" | "reworkRate" | "extensionRate" | "accurateDispatchRate" | "closureRate" | "closedOnTimeRate";
                                name: string;
                                definition: string;
                                /** @enum {string} */
                                numerator: "submitted" | "accepted" | "rejected" | "merged" | "dueForResponse" | "respondedOnTime" | "dispatched" | "dispatchedAccurately" | "returned" | "dueForHandling" | "resolved" | "resolvedWell" | "resolvedOnTime" | "everResolved" | "reworked" | "extended" | "closed" | "closedOnTime" | "overdue" | "overdueOpen" | "rated" | "satisfiedOrBasically";
                                /** @enum {string} */
                                denominator: "submitted" | "accepted" | "rejected" | "merged" | "dueForResponse" | "respondedOnTime" | "dispatched" | "dispatchedAccurately" | "returned" | "dueForHandling" | "resolved" | "resolvedWell" | "resolvedOnTime" | "everResolved" | "reworked" | "extended" | "closed" | "closedOnTime" | "overdue" | "overdueOpen" | "rated" | "satisfiedOrBasically";
                            }[];
                            averages: {
                                /** @enum {string} */
                                key: "responseHours" | "handlingHours" | "handlingWorkingHours";
                                name: string;
                                definition: string;
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
