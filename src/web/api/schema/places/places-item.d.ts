// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a place with its ancestors */
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
        put?: never;
        post?: never;
        /** Delete a place with no children or records */
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
        /** Rename or re-code a place */
        patch: {
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
                        code?: string;
                        name?: string;
                        sort?: number;
                        /** @description null clears it */
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
                200: {
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
