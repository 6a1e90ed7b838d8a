// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deadline rules: kind × category × urgency → limits */
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
                                /** @description null: any kind */
                                kind: ("problem" | "wish" | "service" | "suggestion" | "consultation") | null;
                                /** @description null: any category; a top-level category covers its children */
                                categoryId: string | null;
                                /** @description null: any urgency */
                                urgency: ("normal" | "urgent" | "emergency") | null;
                                /** @description Response limit (受理/派单), in hours */
                                responseHours: number;
                                /** @description Handling limit (办结), in hours */
                                handleHours: number;
                                /**
                                 * @description true: clock hours (emergencies); false: working hours on the work calendar
                                 * @default false
                                 */
                                isCalendarTime: boolean;
                                /** @default null */
                                note: string | null;
                                /** Format: uuid */
                                id: string;
                                categoryName: string | null;
                                isDefault: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a deadline rule */
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
                        /** @description null: any kind */
                        kind: ("problem" | "wish" | "service" | "suggestion" | "consultation") | null;
                        /** @description null: any category; a top-level category covers its children */
                        categoryId: string | null;
                        /** @description null: any urgency */
                        urgency: ("normal" | "urgent" | "emergency") | null;
                        /** @description Response limit (受理/派单), in hours */
                        responseHours: number;
                        /** @description Handling limit (办结), in hours */
                        handleHours: number;
                        /**
                         * @description true: clock hours (emergencies); false: working hours on the work calendar
                         * @default false
                         */
                        isCalendarTime?: boolean;
                        /** @default null */
                        note?: string | null;
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
                            /** @description null: any kind */
                            kind: ("problem" | "wish" | "service" | "suggestion" | "consultation") | null;
                            /** @description null: any category; a top-level category covers its children */
                            categoryId: string | null;
                            /** @description null: any urgency */
                            urgency: ("normal" | "urgent" | "emergency") | null;
                            /** @description Response limit (受理/派单), in hours */
                            responseHours: number;
                            /** @description Handling limit (办结), in hours */
                            handleHours: number;
                            /**
                             * @description true: clock hours (emergencies); false: working hours on the work calendar
                             * @default false
                             */
                            isCalendarTime: boolean;
                            /** @default null */
                            note: string | null;
                            /** Format: uuid */
                            id: string;
                            categoryName: string | null;
                            isDefault: boolean;
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
