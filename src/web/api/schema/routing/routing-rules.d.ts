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
