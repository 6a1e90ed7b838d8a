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
    "/api/deadline-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a deadline rule (tickets filed from now on) */
        put: {
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
                200: {
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
        post?: never;
        /** Delete a deadline rule */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's statutory holidays and make-up workdays (other days follow the week) */
        get: {
            parameters: {
                query?: {
                    /** @description Default: the current year */
                    year?: number;
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
                                isWorkday: boolean;
                                /** @description e.g. 国庆节, 国庆节调休上班 */
                                name: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD, a Beijing calendar day
                                 */
                                day: string;
                            }[];
                            nextCursor: string | null;
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
    "/api/work-calendar/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which years the calendar knows */
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
                            /** @description The last year with official entries */
                            knownUntilYear: number | null;
                            /** @description The year the calendar must know: that of today + 60 days */
                            neededYear: number;
                            /** @description false: import the next year’s schedule (国务院办公厅 notice) */
                            isCovered: boolean;
                            years: number[];
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
    "/api/work-calendar/days/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a day as a holiday or a make-up workday */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD, a Beijing calendar day */
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isWorkday: boolean;
                        /** @description e.g. 国庆节, 国庆节调休上班 */
                        name: string;
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
                            isWorkday: boolean;
                            /** @description e.g. 国庆节, 国庆节调休上班 */
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            day: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Give a day back to the plain week */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD, a Beijing calendar day */
                    day: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a year's holidays and make-up workdays, all or nothing */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: {
                            isWorkday: boolean;
                            /** @description e.g. 国庆节, 国庆节调休上班 */
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a Beijing calendar day
                             */
                            day: string;
                        }[];
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
                            /** @description Days written; a failed import writes none */
                            imported: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-calendar/{year}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year as a workbook (日期, 是否上班, 名称); an empty year gives the template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
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
                    content?: never;
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
    "/api/work-calendar/{year}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a year from a workbook, all or nothing
         * @description multipart/form-data with one .xlsx in the field `file`: columns 日期 (date), 是否上班 (is_workday: 是/否), 名称 (name). A failed import writes nothing and answers 400 with an error per bad cell (`rows.<row>.<column>`), or, when Accept prefers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, with the rows and an 错误 column.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
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
                            /** @description Days written; a failed import writes none */
                            imported: number;
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
