// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counted drives in and above my area, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Drives on this place or below it */
                    placeId?: string;
                    kind?: "count_up" | "down_to_zero";
                    isPublished?: "true" | "false";
                    /** @description Page size, at most 100 */
                    limit?: number;
                    /** @description The previous page's nextCursor */
                    cursor?: string;
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
                                /** @description Done so far or remaining now, over the part the caller serves */
                                value: number;
                                share: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a drive on a place */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * Format: uuid
                         * @description The place the drive covers; tallies come from it and the places below
                         */
                        placeId: string;
                        /**
                         * @default count_up
                         * @enum {string}
                         */
                        kind?: "count_up" | "down_to_zero";
                        /** @description The unit as a code: doses, households, flats … */
                        unitCode: string;
                        /** @description The unit as people say it: 剂次, 户 */
                        unitLabel: string;
                        /** @description count_up: the count to reach; down_to_zero: 0 */
                        target: number;
                        /**
                         * @description down_to_zero: what remained on the first day (the planned line starts there)
                         * @default 0
                         */
                        baseline?: number;
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
                        /** @description 领办单位, as written */
                        leadUnit?: string;
                        /** @default false */
                        isPublished?: boolean;
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
