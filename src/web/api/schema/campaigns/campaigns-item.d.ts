// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A drive with its figures: curve, planned pace, best day, share of the target */
        get: {
            parameters: {
                query?: {
                    /** @description Only this part of the drive: the tallies of this place and below it */
                    placeId?: string;
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
                            id: string;
                            name: string;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /** @enum {string} */
                            kind: "count_up" | "down_to_zero";
                            unitCode: string;
                            unitLabel: string;
                            target: number;
                            baseline: number;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            endsOn: string;
                            leadUnit: string | null;
                            isPublished: boolean;
                            allowedActions: ("edit" | "tally")[];
                            figures: {
                                /**
                                 * Format: uuid
                                 * @description Whose tallies: the drive place or the part asked for
                                 */
                                placeId: string;
                                /** @description Done so far (count_up) or remaining now (down_to_zero) */
                                value: number;
                                /** @description Share of the target reached, 0–1 (down_to_zero: of the baseline removed) */
                                share: number | null;
                                bestDay: {
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD, a Beijing calendar day
                                     */
                                    day: string;
                                    count: number;
                                } | null;
                                /** @description Days with at least one tally */
                                tallyDays: number;
                                /** @description Places that have tallied */
                                places: number;
                                /** @description From the first day to the last day or today, whichever is earlier */
                                curve: {
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD, a Beijing calendar day
                                     */
                                    day: string;
                                    /** @description Done that day (count_up) or removed that day (down_to_zero) */
                                    daily: number;
                                    /** @description Cumulative (count_up) or what remains (down_to_zero) at the end of the day */
                                    value: number;
                                    /** @description The straight-line pace from start to end: where the drive should be */
                                    planned: number;
                                }[];
                            };
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
        /** Change a drive */
        patch: {
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
                        name?: string;
                        unitLabel?: string;
                        target?: number;
                        baseline?: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a Beijing calendar day
                         */
                        startsOn?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a Beijing calendar day
                         */
                        endsOn?: string;
                        leadUnit?: string | null;
                        isPublished?: boolean;
                    };
                };
            };
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
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /** @enum {string} */
                            kind: "count_up" | "down_to_zero";
                            unitCode: string;
                            unitLabel: string;
                            target: number;
                            baseline: number;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            startsOn: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            endsOn: string;
                            leadUnit: string | null;
                            isPublished: boolean;
                            allowedActions: ("edit" | "tally")[];
                            figures: {
                                /**
                                 * Format: uuid
                                 * @description Whose tallies: the drive place or the part asked for
                                 */
                                placeId: string;
                                /** @description Done so far (count_up) or remaining now (down_to_zero) */
                                value: number;
                                /** @description Share of the target reached, 0–1 (down_to_zero: of the baseline removed) */
                                share: number | null;
                                bestDay: {
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD, a Beijing calendar day
                                     */
                                    day: string;
                                    count: number;
                                } | null;
                                /** @description Days with at least one tally */
                                tallyDays: number;
                                /** @description Places that have tallied */
                                places: number;
                                /** @description From the first day to the last day or today, whichever is earlier */
                                curve: {
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD, a Beijing calendar day
                                     */
                                    day: string;
                                    /** @description Done that day (count_up) or removed that day (down_to_zero) */
                                    daily: number;
                                    /** @description Cumulative (count_up) or what remains (down_to_zero) at the end of the day */
                                    value: number;
                                    /** @description The straight-line pace from start to end: where the drive should be */
                                    planned: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
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
