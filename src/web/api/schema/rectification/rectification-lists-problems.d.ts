// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/rectification-lists/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a problem found (检视问题) */
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
                         * @description self_inspection 自查, supervision 督查指出, residents 群众反映
                         * @enum {string}
                         */
                        source: "self_inspection" | "supervision" | "residents";
                        description: string;
                        /** @description The unit answering for it */
                        ownerUnit: string;
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
                            period: string;
                            figures: {
                                problems: number;
                                measures: number;
                                /** @description 立行立改 measures done */
                                fixedAtOnce: number;
                                /** @description 限期整改 measures */
                                deadlineMeasures: number;
                                /** @description 限期整改 measures done on or before their deadline */
                                withinDeadline: number;
                                /** @description 限期整改 measures not done and past their deadline */
                                overdue: number;
                                /** @description 长期整改 measures */
                                longTerm: number;
                                /** @description Measures done, checked or not */
                                done: number;
                                /** @description Measures checked (验收) */
                                checked: number;
                                /** @description Problems closed (销号) */
                                closed: number;
                            };
                            allowedActions: ("edit" | "add_problem")[];
                            problems: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** @enum {string} */
                                source: "self_inspection" | "supervision" | "residents";
                                description: string;
                                ownerUnit: string;
                                /** @enum {string} */
                                state: "open" | "closed";
                                closedAt: string | null;
                                measures: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    problemId: string;
                                    seq: number;
                                    description: string;
                                    owner: string;
                                    /** @enum {string} */
                                    horizon: "immediate" | "deadline" | "long_term";
                                    deadline: string | null;
                                    /** @enum {string} */
                                    state: "open" | "done" | "checked";
                                    evidence: string | null;
                                    doneOn: string | null;
                                    checkedAt: string | null;
                                    /** @description A deadline measure not done by its deadline */
                                    isOverdue: boolean;
                                    allowedActions: ("complete" | "check" | "reopen")[];
                                }[];
                                allowedActions: ("close" | "reopen" | "add_measure")[];
                            }[];
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
