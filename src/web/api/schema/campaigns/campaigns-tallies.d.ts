// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/campaigns/{id}/tallies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A drive's daily tallies in my area, newest day first */
        get: {
            parameters: {
                query?: {
                    /** @description Tallies of this place and below it */
                    placeId?: string;
                    /** @description YYYY-MM-DD, a Beijing calendar day */
                    from?: string;
                    /** @description YYYY-MM-DD, a Beijing calendar day */
                    to?: string;
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
                            /** Format: uuid */
                            campaignId: string;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            day: string;
                            count: number;
                            note: string | null;
                            enteredByName: string | null;
                            /** @description How many times it was replaced */
                            corrections: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enter a day's count for a place (201); a correction replaces that day's tally (200)
         * @description One tally per drive, place and day: a second one is 409 unless sent with isCorrection, which replaces it and is audited.
         */
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
                        /**
                         * Format: date
                         * @description The day counted; not after today
                         */
                        day: string;
                        count: number;
                        note?: string;
                        /**
                         * Format: uuid
                         * @description Where it was counted: this drive's place or one below; default the caller's own place if inside
                         */
                        placeId?: string;
                        /**
                         * @description Replace the tally already entered for this place and day (audited); without it that is a 409
                         * @default false
                         */
                        isCorrection?: boolean;
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
                            /** Format: uuid */
                            campaignId: string;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            day: string;
                            count: number;
                            note: string | null;
                            enteredByName: string | null;
                            /** @description How many times it was replaced */
                            corrections: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            campaignId: string;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            day: string;
                            count: number;
                            note: string | null;
                            enteredByName: string | null;
                            /** @description How many times it was replaced */
                            corrections: number;
                            /** Format: date-time */
                            updatedAt: string;
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
