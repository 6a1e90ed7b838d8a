// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly reviews of my area, latest meeting first */
        get: {
            parameters: {
                query?: {
                    placeId?: string;
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
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                heldOn: string;
                                title: string;
                                attendees: string[];
                                decisions: string[];
                                tasks: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "milestone" | "ticket" | "candidate";
                                    title: string;
                                    detail: string | null;
                                    projectId: string | null;
                                    ticketId: string | null;
                                    candidateId: string | null;
                                    roundId: string | null;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a review; each new task becomes a milestone, a ticket or a candidate at once */
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
                        /** Format: uuid */
                        placeId: string;
                        /**
                         * Format: date
                         * @description The meeting day
                         */
                        heldOn: string;
                        title: string;
                        /** @description Names or units, as written */
                        attendees: string[];
                        /** @default [] */
                        decisions?: string[];
                        /** @default [] */
                        tasks?: {
                            /**
                             * @description milestone on a project, ticket (工单), or selection candidate
                             * @enum {string}
                             */
                            kind: "milestone" | "ticket" | "candidate";
                            title: string;
                            detail?: string;
                            /**
                             * Format: uuid
                             * @description milestone: the project
                             */
                            projectId?: string;
                            /**
                             * Format: date
                             * @description milestone: its planned date
                             */
                            plannedDate?: string;
                            /**
                             * Format: uuid
                             * @description ticket: where; defaults to the review’s place
                             */
                            placeId?: string;
                            /**
                             * Format: uuid
                             * @description candidate: the round (collecting)
                             */
                            roundId?: string;
                        }[];
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
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            heldOn: string;
                            title: string;
                            attendees: string[];
                            decisions: string[];
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "milestone" | "ticket" | "candidate";
                                title: string;
                                detail: string | null;
                                projectId: string | null;
                                ticketId: string | null;
                                candidateId: string | null;
                                roundId: string | null;
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
