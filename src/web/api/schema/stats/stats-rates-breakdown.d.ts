// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stats/rates/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures per child node or per unit (rankings) */
        get: {
            parameters: {
                query?: {
                    /** @description The subtree's top node; default: the caller's own node */
                    placeId?: string;
                    /** @description Tickets created at or after; default: the first day of this month */
                    from?: string;
                    /** @description Tickets created before; default: the first day of next month */
                    to?: string;
                    /** @description child: each child node; unit: each unit dispatched to */
                    by?: "child" | "unit";
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
                            placeId: string | null;
                            from: string;
                            to: string;
                            asOf: string;
                            items: {
                                counts: {
                                    submitted: number;
                                    accepted: number;
                                    rejected: number;
                                    merged: number;
                                    dueForResponse: number;
                                    respondedOnTime: number;
                                    dispatched: number;
                                    dispatchedAccurately: number;
                                    returned: number;
                                    dueForHandling: number;
                                    resolved: number;
                                    resolvedWell: number;
                                    resolvedOnTime: number;
                                    everResolved: number;
                                    reworked: number;
                                    extended: number;
                                    closed: number;
                                    closedOnTime: number;
                                    overdue: number;
                                    overdueOpen: number;
                                    rated: number;
                                    satisfiedOrBasically: number;
                                };
                                /** @description Finished tickets by how they ended (closed, rejected or merged) */
                                closedByOutcome: {
                                    resolved: number;
                                    explained: number;
                                    transferred: number;
                                    duplicate: number;
                                    withdrawn: number;
                                    rejected: number;
                                };
                                ratedByRating: {
                                    satisfied: number;
                                    basically_satisfied: number;
                                    unsatisfied: number;
                                };
                                rates: {
                                    responseRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    resolutionRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    satisfactionRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    onTimeRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    handledOnTimeRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    reworkRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    extensionRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    accurateDispatchRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    closureRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    closedOnTimeRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                };
                                averages: {
                                    responseHours: number | null;
                                    handlingHours: number | null;
                                    handlingWorkingHours: number | null;
                                };
                                /** @description The child node or the unit; null: tickets on the node itself or undispatched */
                                id: string | null;
                                name: string | null;
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
