// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List places: staff their subtree, residents and the public the whole tree */
        get: {
            parameters: {
                query?: {
                    level?: "district" | "street" | "community" | "compound" | "grid" | "building";
                    /** @description Direct children of this node */
                    parentId?: string;
                    /** @description Anywhere in the subtree below this node */
                    under?: string;
                    /** @description Name or code contains */
                    q?: string;
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
                                /** @description Unique code, e.g. the statistical division code or an office-assigned one */
                                code: string;
                                name: string;
                                /** @enum {string} */
                                level: "district" | "street" | "community" | "compound" | "grid" | "building";
                                /** @description null for a district */
                                parentId: string | null;
                                sort: number;
                                /** @description null: its nearest ancestor's box applies */
                                bounds: {
                                    south: number;
                                    west: number;
                                    north: number;
                                    east: number;
                                } | null;
                                /** @description Direct children */
                                childCount: number;
                                allowedActions: ("update" | "move" | "delete" | "create_child")[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a place under a parent */
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
                        /** @description null creates a district (whole-tree administrators only) */
                        parentId: string | null;
                        code: string;
                        name: string;
                        /**
                         * @description Defaults to the level below the parent's
                         * @enum {string}
                         */
                        level?: "district" | "street" | "community" | "compound" | "grid" | "building";
                        sort?: number;
                        bounds?: {
                            south: number;
                            west: number;
                            north: number;
                            east: number;
                        } | null;
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
                            /** @description Unique code, e.g. the statistical division code or an office-assigned one */
                            code: string;
                            name: string;
                            /** @enum {string} */
                            level: "district" | "street" | "community" | "compound" | "grid" | "building";
                            /** @description null for a district */
                            parentId: string | null;
                            sort: number;
                            /** @description null: its nearest ancestor's box applies */
                            bounds: {
                                south: number;
                                west: number;
                                north: number;
                                east: number;
                            } | null;
                            /** @description Direct children */
                            childCount: number;
                            allowedActions: ("update" | "move" | "delete" | "create_child")[];
                            ancestors: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                level: "district" | "street" | "community" | "compound" | "grid" | "building";
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
