// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/routing/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rules of the routing catalogue that concern my area (mine and those above it) */
        get: {
            parameters: {
                query?: {
                    /** @description Rules on this place, above it (they apply to it) and below it */
                    placeId?: string;
                    /** @description Rules on this category, the one above it and those below it */
                    categoryId?: string;
                    /** @description Rules naming this unit */
                    unitId?: string;
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
                                /** @enum {string} */
                                placeLevel: "district" | "street" | "community" | "compound" | "grid" | "building";
                                /** Format: uuid */
                                categoryId: string;
                                /** @description In the caller's language */
                                categoryName: string;
                                /** @description The category above it, or null for a top category */
                                parentCategoryName: string | null;
                                /** @description In order: the main handler first */
                                units: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                    /** @description The place the unit sits on */
                                    placeName: string;
                                }[];
                                updatedAt: string;
                                /** @description What the caller may do with it */
                                allowedActions: ("update" | "delete")[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a rule: tickets of a category at a place (and below it) go to these units */
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
                        /**
                         * Format: uuid
                         * @description A node of the category tree: a rule on a category covers its subcategories
                         */
                        categoryId: string;
                        /**
                         * Format: uuid
                         * @description A node of the place tree the caller serves: a rule covers the places below it
                         */
                        placeId: string;
                        /** @description Units serving the place (on it, above or below it), in order: the main handler first */
                        unitIds: string[];
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
                            /** @enum {string} */
                            placeLevel: "district" | "street" | "community" | "compound" | "grid" | "building";
                            /** Format: uuid */
                            categoryId: string;
                            /** @description In the caller's language */
                            categoryName: string;
                            /** @description The category above it, or null for a top category */
                            parentCategoryName: string | null;
                            /** @description In order: the main handler first */
                            units: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                /** @description The place the unit sits on */
                                placeName: string;
                            }[];
                            updatedAt: string;
                            /** @description What the caller may do with it */
                            allowedActions: ("update" | "delete")[];
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
    "/api/routing/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a rule */
        get: {
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
                200: {
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
                            /** @enum {string} */
                            placeLevel: "district" | "street" | "community" | "compound" | "grid" | "building";
                            /** Format: uuid */
                            categoryId: string;
                            /** @description In the caller's language */
                            categoryName: string;
                            /** @description The category above it, or null for a top category */
                            parentCategoryName: string | null;
                            /** @description In order: the main handler first */
                            units: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                /** @description The place the unit sits on */
                                placeName: string;
                            }[];
                            updatedAt: string;
                            /** @description What the caller may do with it */
                            allowedActions: ("update" | "delete")[];
                        };
                    };
                };
            };
        };
        /** Change a rule of my area */
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
                        /**
                         * Format: uuid
                         * @description A node of the category tree: a rule on a category covers its subcategories
                         */
                        categoryId: string;
                        /**
                         * Format: uuid
                         * @description A node of the place tree the caller serves: a rule covers the places below it
                         */
                        placeId: string;
                        /** @description Units serving the place (on it, above or below it), in order: the main handler first */
                        unitIds: string[];
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
                            placeId: string;
                            placeName: string;
                            /** @enum {string} */
                            placeLevel: "district" | "street" | "community" | "compound" | "grid" | "building";
                            /** Format: uuid */
                            categoryId: string;
                            /** @description In the caller's language */
                            categoryName: string;
                            /** @description The category above it, or null for a top category */
                            parentCategoryName: string | null;
                            /** @description In order: the main handler first */
                            units: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                /** @description The place the unit sits on */
                                placeName: string;
                            }[];
                            updatedAt: string;
                            /** @description What the caller may do with it */
                            allowedActions: ("update" | "delete")[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a rule of my area */
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
    "/api/tickets/{id}/dispatch-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The units the routing catalogue names for a ticket, the main handler first */
        get: {
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            ticketId: string;
                            /** @description null when no rule of the catalogue covers the ticket */
                            rule: {
                                /** Format: uuid */
                                id: string;
                                placeName: string;
                                categoryName: string;
                            } | null;
                            /** @description In order: the first is the one to dispatch to (主办) */
                            units: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                /** @description The place the unit sits on */
                                placeName: string;
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
    "/api/routing/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The routing catalogue’s answer for several tickets (what 按派单目录分派 would do)
         * @description One entry per ticket of my area, in the order asked; tickets outside it are left out.
         */
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
                        /** @description The tickets, at most 100; an id listed twice counts once */
                        ids: string[];
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
                            items: {
                                /** Format: uuid */
                                ticketId: string;
                                /** @description null when no rule of the catalogue covers the ticket */
                                rule: {
                                    /** Format: uuid */
                                    id: string;
                                    placeName: string;
                                    categoryName: string;
                                } | null;
                                /** @description In order: the first is the one to dispatch to (主办) */
                                units: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                    /** @description The place the unit sits on */
                                    placeName: string;
                                }[];
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
    "/api/routing/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch each ticket to the main handler its catalogue rule names (按派单目录分派)
         * @description Each ticket is dispatched in its own transaction, exactly as a single dispatch would be: the answer is 200 with one result per id, some of which may be 404 (no rule covers it), 409 (already moved) or 403.
         */
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
                        /** @description The tickets, at most 100; an id listed twice counts once */
                        ids: string[];
                        /** @description Written on every ticket's timeline */
                        note?: string;
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
                            /** @description One per id, in the order asked */
                            results: {
                                /** Format: uuid */
                                id: string;
                                /** @description 200, or the HTTP status of the single move (400, 403, 404, 409 …) */
                                status: number;
                                /**
                                 * @description The state after the move, on success
                                 * @enum {string}
                                 */
                                state?: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                number?: string;
                                /** @description The error code, on failure */
                                code?: string;
                                /** @description The problem in the caller's language, on failure */
                                title?: string;
                                errors?: {
                                    path: string;
                                    message: string;
                                }[];
                            }[];
                            succeeded: number;
                            failed: number;
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
