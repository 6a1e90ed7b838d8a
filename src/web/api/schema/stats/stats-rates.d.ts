// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/stats/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The three rates, indicators, counts and averages of a subtree over a period
         * @description Tickets at placeId or below (default: the caller’s own node) submitted in [from, to) (default: this month, Beijing time). A place outside the caller’s subtree answers 403. Definitions: GET /api/stats/definitions and docs/metrics.md.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The subtree's top node; default: the caller's own node */
                    placeId?: string;
                    /** @description Tickets created at or after; default: the first day of this month */
                    from?: string;
                    /** @description Tickets created before; default: the first day of next month */
                    to?: string;
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
                            /** @description null: the whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description The way back up: the nodes from the caller’s own node down to the parent of placeId */
                            trail: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** @description Period start (inclusive), ISO instant */
                            from: string;
                            /** @description Period end (exclusive), ISO instant */
                            to: string;
                            /** @description When the figures were taken: open tickets are judged against this time */
                            asOf: string;
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
