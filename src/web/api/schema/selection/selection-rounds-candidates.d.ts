// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/selection/rounds/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a candidate from a ticket or a suggestion (collecting only) */
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
                         * @description ticket (by ticketId), suggestion (free text)
                         * @enum {string}
                         */
                        source: "ticket" | "suggestion" | "review";
                        /**
                         * Format: uuid
                         * @description source ticket: the ticket it comes from (of the round’s area)
                         */
                        ticketId?: string;
                        name: string;
                        summary: string;
                        /** @description Estimated budget */
                        budget?: number;
                        /**
                         * Format: uuid
                         * @description Where it would be built; defaults to the round’s place
                         */
                        placeId?: string;
                        /**
                         * @default other
                         * @enum {string}
                         */
                        category?: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
                        /** @description Who suggested it, as written */
                        proposer?: string;
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
                            year: number;
                            chooseCount: number;
                            /** @enum {string} */
                            state: "collecting" | "screening" | "voting" | "decided";
                            candidates: number;
                            shortlisted: number;
                            voters: number;
                            /** @description Ballots cast (turnout) */
                            ballots: number;
                            decidedAt: string | null;
                            allowedActions: ("screen" | "open_voting" | "decide")[];
                            candidateList: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** @enum {string} */
                                source: "ticket" | "suggestion" | "review";
                                ticketId: string | null;
                                reviewId: string | null;
                                name: string;
                                summary: string;
                                budget: number | null;
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                /** @enum {string} */
                                category: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
                                proposer: string | null;
                                /** @enum {string} */
                                status: "proposed" | "shortlisted" | "rejected";
                                reason: string | null;
                                /** @description Counted so far (office) or final (after decide) */
                                votes: number | null;
                                rank: number | null;
                                isWinner: boolean;
                                /** @description Split from an equal count by the tie-break rule */
                                isTie: boolean;
                                projectId: string | null;
                            }[];
                            voterList: {
                                /** Format: uuid */
                                accountId: string;
                                name: string;
                                /** @enum {string} */
                                role: "deputy" | "representative";
                                hasVoted: boolean;
                            }[];
                            satisfaction: {
                                /** Format: uuid */
                                projectId: string;
                                name: string;
                                satisfied: number;
                                fairlySatisfied: number;
                                dissatisfied: number;
                                /** @description (满意 + 基本满意) / all, percent, one decimal */
                                rate: number | null;
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
    "/api/selection/rounds/{id}/candidates/{candidateId}/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shortlist a candidate or reject it with the reason (筛选) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    candidateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description shortlisted 入围, rejected 未入围 (with reason), proposed again
                         * @enum {string}
                         */
                        status: "proposed" | "shortlisted" | "rejected";
                        /** @description Why it is rejected; required then */
                        reason?: string;
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
                            year: number;
                            chooseCount: number;
                            /** @enum {string} */
                            state: "collecting" | "screening" | "voting" | "decided";
                            candidates: number;
                            shortlisted: number;
                            voters: number;
                            /** @description Ballots cast (turnout) */
                            ballots: number;
                            decidedAt: string | null;
                            allowedActions: ("screen" | "open_voting" | "decide")[];
                            candidateList: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** @enum {string} */
                                source: "ticket" | "suggestion" | "review";
                                ticketId: string | null;
                                reviewId: string | null;
                                name: string;
                                summary: string;
                                budget: number | null;
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                /** @enum {string} */
                                category: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
                                proposer: string | null;
                                /** @enum {string} */
                                status: "proposed" | "shortlisted" | "rejected";
                                reason: string | null;
                                /** @description Counted so far (office) or final (after decide) */
                                votes: number | null;
                                rank: number | null;
                                isWinner: boolean;
                                /** @description Split from an equal count by the tie-break rule */
                                isTie: boolean;
                                projectId: string | null;
                            }[];
                            voterList: {
                                /** Format: uuid */
                                accountId: string;
                                name: string;
                                /** @enum {string} */
                                role: "deputy" | "representative";
                                hasVoted: boolean;
                            }[];
                            satisfaction: {
                                /** Format: uuid */
                                projectId: string;
                                name: string;
                                satisfied: number;
                                fairlySatisfied: number;
                                dissatisfied: number;
                                /** @description (满意 + 基本满意) / all, percent, one decimal */
                                rate: number | null;
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
