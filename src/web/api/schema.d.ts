// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The installation’s settings every page needs: its time zone */
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
                            /** @description The IANA time zone of the installation (LIANXIN_TIME_ZONE): pages show every time in it */
                            timeZone: string;
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database reachable, version, migration level */
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
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            version: string;
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                reachable: boolean;
                                migrationLevel: number;
                                problem?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            version: string;
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                reachable: boolean;
                                migrationLevel: number;
                                problem?: string;
                            };
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the HttpOnly session cookie */
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
                        /** @description Username, or a resident phone number */
                        username: string;
                        password: string;
                        /** @description Six-digit code, when the account has a second factor */
                        totp?: string;
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            /** @description The node a staff account serves, or a resident home; null = whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description Units this account works for */
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            /** @description The security policy requires a second factor for one of these roles */
                            totpRequired: boolean;
                            /** @description What this account may do; the UI shows menus from it */
                            permissions: string[];
                            /** @description A WeChat openid is bound: ticket news go there as template messages */
                            wechatBound: boolean;
                            /** @description The official account to start the WeChat OAuth redirect with; null = WeChat not configured */
                            wechatAppId: string | null;
                            /** @description WeChat is not configured and this is not production: bind with devOpenid (development adapter) */
                            wechatDevBinding: boolean;
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
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends every session of this account */
        post: {
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
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
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            /** @description The node a staff account serves, or a resident home; null = whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description Units this account works for */
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            /** @description The security policy requires a second factor for one of these roles */
                            totpRequired: boolean;
                            /** @description What this account may do; the UI shows menus from it */
                            permissions: string[];
                            /** @description A WeChat openid is bound: ticket news go there as template messages */
                            wechatBound: boolean;
                            /** @description The official account to start the WeChat OAuth redirect with; null = WeChat not configured */
                            wechatAppId: string | null;
                            /** @description WeChat is not configured and this is not production: bind with devOpenid (development adapter) */
                            wechatDevBinding: boolean;
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
        /** Update my name or (residents) my home */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /**
                         * Format: uuid
                         * @description Residents only
                         */
                        homePlaceId?: string;
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            /** @description The node a staff account serves, or a resident home; null = whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description Units this account works for */
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            /** @description The security policy requires a second factor for one of these roles */
                            totpRequired: boolean;
                            /** @description What this account may do; the UI shows menus from it */
                            permissions: string[];
                            /** @description A WeChat openid is bound: ticket news go there as template messages */
                            wechatBound: boolean;
                            /** @description The official account to start the WeChat OAuth redirect with; null = WeChat not configured */
                            wechatAppId: string | null;
                            /** @description WeChat is not configured and this is not production: bind with devOpenid (development adapter) */
                            wechatDevBinding: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/auth/wechat/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind my WeChat (OAuth code) so ticket news arrive as template messages */
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
                        /** @description The OAuth web-authorisation code (snsapi_base) */
                        code?: string;
                        /** @description Development only (WeChat not configured, not production): bind this openid as is */
                        devOpenid?: string;
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            /** @description The node a staff account serves, or a resident home; null = whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description Units this account works for */
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            /** @description The security policy requires a second factor for one of these roles */
                            totpRequired: boolean;
                            /** @description What this account may do; the UI shows menus from it */
                            permissions: string[];
                            /** @description A WeChat openid is bound: ticket news go there as template messages */
                            wechatBound: boolean;
                            /** @description The official account to start the WeChat OAuth redirect with; null = WeChat not configured */
                            wechatAppId: string | null;
                            /** @description WeChat is not configured and this is not production: bind with devOpenid (development adapter) */
                            wechatDevBinding: boolean;
                        };
                    };
                };
            };
        };
        /** Unbind my WeChat */
        delete: {
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
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            /** @description The node a staff account serves, or a resident home; null = whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description Units this account works for */
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            /** @description The security policy requires a second factor for one of these roles */
                            totpRequired: boolean;
                            /** @description What this account may do; the UI shows menus from it */
                            permissions: string[];
                            /** @description A WeChat openid is bound: ticket news go there as template messages */
                            wechatBound: boolean;
                            /** @description The official account to start the WeChat OAuth redirect with; null = WeChat not configured */
                            wechatAppId: string | null;
                            /** @description WeChat is not configured and this is not production: bind with devOpenid (development adapter) */
                            wechatDevBinding: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; ends every session */
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
                        currentPassword: string;
                        newPassword: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start second-factor enrolment */
        post: {
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
                            secret: string;
                            otpauthUrl: string;
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
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the second factor with a code */
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
                        code: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/sms-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time code by SMS */
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
                        phone: string;
                        /** @enum {string} */
                        purpose: "register" | "reset";
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a resident by phone, code and password; signs in */
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
                        phone: string;
                        code: string;
                        password: string;
                        displayName: string;
                        /**
                         * Format: uuid
                         * @description Where the resident lives, down to the building
                         */
                        homePlaceId?: string;
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            /** @description The node a staff account serves, or a resident home; null = whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description Units this account works for */
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            /** @description The security policy requires a second factor for one of these roles */
                            totpRequired: boolean;
                            /** @description What this account may do; the UI shows menus from it */
                            permissions: string[];
                            /** @description A WeChat openid is bound: ticket news go there as template messages */
                            wechatBound: boolean;
                            /** @description The official account to start the WeChat OAuth redirect with; null = WeChat not configured */
                            wechatAppId: string | null;
                            /** @description WeChat is not configured and this is not production: bind with devOpenid (development adapter) */
                            wechatDevBinding: boolean;
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
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a password with an SMS code */
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
                        phone: string;
                        code: string;
                        newPassword: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/places/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find places by name, pinyin or pinyin initials (residents pick their home before signing up) */
        get: {
            parameters: {
                query: {
                    /** @description Names, pinyin or pinyin initials, words apart by spaces */
                    q: string;
                    /** @description Only inside the subtree of this node (a field worker’s own area) */
                    under?: string;
                    /** @description false: residents’ view, a compound’s buildings straight below it and no grids found */
                    grids?: "true" | "false";
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
                            /** @description At most 20, closest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                level: "district" | "street" | "community" | "compound" | "grid" | "building";
                                /** @description Places one step below it in this view (buildings of a compound without grids) */
                                childCount: number;
                                /** @description From the district down; grids left out when grids=false */
                                ancestors: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    level: "district" | "street" | "community" | "compound" | "grid" | "building";
                                }[];
                            }[];
                            /** @description More places matched: typing more narrows them */
                            more: boolean;
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
    "/api/places/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a place (and its subtree) under another parent */
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
                         * Format: uuid
                         * @description The new parent; must be one level above
                         */
                        parentId: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units serving my area, or a place (dispatch targets) */
        get: {
            parameters: {
                query?: {
                    /** @description Units serving this place: on it, above it or below it */
                    placeId?: string;
                    kind?: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
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
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                /** @enum {string} */
                                kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                name: string;
                                code: string | null;
                                contactName: string | null;
                                /** @description Masked (138****1234) */
                                phone: string | null;
                                description: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a unit on a place */
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
                        /** @enum {string} */
                        kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                        name: string;
                        code?: string;
                        contactName?: string;
                        phone?: string;
                        description?: string;
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
                            kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                            name: string;
                            code: string | null;
                            contactName: string | null;
                            /** @description Masked (138****1234) */
                            phone: string | null;
                            description: string | null;
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
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a unit */
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
                            kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                            name: string;
                            code: string | null;
                            contactName: string | null;
                            /** @description Masked (138****1234) */
                            phone: string | null;
                            description: string | null;
                        };
                    };
                };
            };
        };
        /** Update a unit */
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
                        /** Format: uuid */
                        placeId: string;
                        /** @enum {string} */
                        kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                        name: string;
                        code?: string;
                        contactName?: string;
                        phone?: string;
                        description?: string;
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
                            kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                            name: string;
                            code: string | null;
                            contactName: string | null;
                            /** @description Masked (138****1234) */
                            phone: string | null;
                            description: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a unit nobody works for */
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
    "/api/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stations in and above my area */
        get: {
            parameters: {
                query?: {
                    placeId?: string;
                    kind?: "party_service_center" | "civilization_station" | "service_desk" | "activity_room";
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
                                kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room";
                                name: string;
                                address: string | null;
                                rooms: string[];
                                openingHours: string | null;
                                /** @description Masked */
                                phone: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a station on a place */
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
                        /** @enum {string} */
                        kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room";
                        name: string;
                        address?: string;
                        rooms?: string[];
                        openingHours?: string;
                        phone?: string;
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
                            kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room";
                            name: string;
                            address: string | null;
                            rooms: string[];
                            openingHours: string | null;
                            /** @description Masked */
                            phone: string | null;
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
    "/api/stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a station */
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
                            kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room";
                            name: string;
                            address: string | null;
                            rooms: string[];
                            openingHours: string | null;
                            /** @description Masked */
                            phone: string | null;
                        };
                    };
                };
            };
        };
        /** Update a station */
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
                        /** Format: uuid */
                        placeId: string;
                        /** @enum {string} */
                        kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room";
                        name: string;
                        address?: string;
                        rooms?: string[];
                        openingHours?: string;
                        phone?: string;
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
                            kind: "party_service_center" | "civilization_station" | "service_desk" | "activity_room";
                            name: string;
                            address: string | null;
                            rooms: string[];
                            openingHours: string | null;
                            /** @description Masked */
                            phone: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a station */
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
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts in my subtree */
        get: {
            parameters: {
                query?: {
                    /** @description Accounts in this subtree */
                    placeId?: string;
                    role?: "resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor";
                    kind?: "staff" | "resident";
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
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                kind: "staff" | "resident";
                                roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                                placeId: string | null;
                                placeName: string | null;
                                unitIds: string[];
                                /** @description Masked */
                                phone: string | null;
                                /** @description Masked */
                                idNumber: string | null;
                                /** @enum {string} */
                                status: "active" | "disabled";
                                isLocked: boolean;
                                totpEnabled: boolean;
                                lastLoginAt: string | null;
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a staff account */
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
                        username: string;
                        displayName: string;
                        roles: ("volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                        /** @description null = whole tree (only for sysadmin, secadmin, auditor) */
                        placeId: string | null;
                        /** @default [] */
                        unitIds?: string[];
                        phone?: string;
                        idNumber?: string;
                        /** @description Initial password; the account must change it at first sign-in */
                        password: string;
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            placeId: string | null;
                            placeName: string | null;
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            /** @description Masked */
                            idNumber: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            isLocked: boolean;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            createdAt: string;
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
    "/api/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an account */
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            placeId: string | null;
                            placeName: string | null;
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            /** @description Masked */
                            idNumber: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            isLocked: boolean;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            createdAt: string;
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
        /** Update roles, place, units, contact or status */
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
                        displayName?: string;
                        roles?: ("volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                        /** @description null = whole tree (only for sysadmin, secadmin, auditor) */
                        placeId?: string | null;
                        /** @default [] */
                        unitIds?: string[];
                        phone?: string;
                        idNumber?: string;
                        /** @enum {string} */
                        status?: "active" | "disabled";
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            placeId: string | null;
                            placeName: string | null;
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            /** @description Masked */
                            idNumber: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            isLocked: boolean;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/accounts/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset the password; forces a change at next sign-in */
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
                        newPassword: string;
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            placeId: string | null;
                            placeName: string | null;
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            /** @description Masked */
                            idNumber: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            isLocked: boolean;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            createdAt: string;
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
    "/api/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a lock-out */
        post: {
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            placeId: string | null;
                            placeName: string | null;
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            /** @description Masked */
                            idNumber: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            isLocked: boolean;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            createdAt: string;
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
    "/api/accounts/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show the unmasked phone and ID number (audited) */
        post: {
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
                            phone: string | null;
                            idNumber: string | null;
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (auditor only) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
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
                                /**
                                 * Format: uuid
                                 * @description The chain it belongs to (the all-zero id for whole-tree actions)
                                 */
                                districtId: string;
                                seq: number;
                                at: string;
                                actorId: string | null;
                                actorName: string | null;
                                actorRoles: string[];
                                ip: string | null;
                                userAgent: string | null;
                                requestId: string | null;
                                action: string;
                                targetType: string;
                                targetId: string | null;
                                before: unknown | null;
                                after: unknown | null;
                                hash: string;
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
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the hash chains; names the first broken entry */
        post: {
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
                            ok: boolean;
                            checked: number;
                            firstBroken: {
                                /** Format: uuid */
                                districtId: string;
                                seq: number;
                                reason: string;
                            } | null;
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
    "/api/security/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the security policy */
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
                            passwordMinLength: number;
                            passwordMinClasses: number;
                            maxFailedLogins: number;
                            lockMinutes: number;
                            sessionIdleMinutes: number;
                            totpRequiredRoles: ("volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                        };
                    };
                };
            };
        };
        /** Replace the security policy */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        passwordMinLength: number;
                        passwordMinClasses: number;
                        maxFailedLogins: number;
                        lockMinutes: number;
                        sessionIdleMinutes: number;
                        totpRequiredRoles: ("volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
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
                            passwordMinLength: number;
                            passwordMinClasses: number;
                            maxFailedLogins: number;
                            lockMinutes: number;
                            sessionIdleMinutes: number;
                            totpRequiredRoles: ("volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
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
    "/api/exchange/places/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Empty places workbook with the columns explained */
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
    "/api/exchange/places/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The places I serve as a workbook (phones masked; re-importable) */
        get: {
            parameters: {
                query?: {
                    /** @description Only this place's subtree (default: everything the caller serves) */
                    placeId?: string;
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
    "/api/exchange/places/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import places from a workbook, all or nothing
         * @description multipart/form-data with one .xlsx in the field `file` (≤ 10 MB). A failed import writes nothing and answers 400 with an error per bad cell (`rows.<row>.<column>`), or, when Accept prefers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, with the uploaded rows and an 错误 column.
         */
        post: {
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
                            /** @description Rows written; a failed import writes none */
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
    "/api/exchange/units/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Empty units workbook with the columns explained */
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
    "/api/exchange/units/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The units I serve as a workbook (phones masked; re-importable) */
        get: {
            parameters: {
                query?: {
                    /** @description Only this place's subtree (default: everything the caller serves) */
                    placeId?: string;
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
    "/api/exchange/units/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import units from a workbook, all or nothing
         * @description multipart/form-data with one .xlsx in the field `file` (≤ 10 MB). A failed import writes nothing and answers 400 with an error per bad cell (`rows.<row>.<column>`), or, when Accept prefers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, with the uploaded rows and an 错误 column.
         */
        post: {
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
                            /** @description Rows written; a failed import writes none */
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
    "/api/exchange/accounts/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Empty accounts workbook with the columns explained */
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
    "/api/exchange/accounts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts I serve as a workbook (phones masked; re-importable) */
        get: {
            parameters: {
                query?: {
                    /** @description Only this place's subtree (default: everything the caller serves) */
                    placeId?: string;
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
    "/api/exchange/accounts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import accounts from a workbook, all or nothing
         * @description multipart/form-data with one .xlsx in the field `file` (≤ 10 MB). A failed import writes nothing and answers 400 with an error per bad cell (`rows.<row>.<column>`), or, when Accept prefers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, with the uploaded rows and an 错误 column.
         */
        post: {
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
                            /** @description Rows written; a failed import writes none */
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
    "/api/exchange/routing/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Empty routing workbook with the columns explained */
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
    "/api/exchange/routing/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The routing I serve as a workbook (phones masked; re-importable) */
        get: {
            parameters: {
                query?: {
                    /** @description Only this place's subtree (default: everything the caller serves) */
                    placeId?: string;
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
    "/api/exchange/routing/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import routing from a workbook, all or nothing
         * @description multipart/form-data with one .xlsx in the field `file` (≤ 10 MB). A failed import writes nothing and answers 400 with an error per bad cell (`rows.<row>.<column>`), or, when Accept prefers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, with the uploaded rows and an 错误 column.
         */
        post: {
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
                            /** @description Rows written; a failed import writes none */
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
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The two-level category taxonomy */
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
                                /** Format: uuid */
                                id: string;
                                parentId: string | null;
                                code: string;
                                name: string;
                                kinds: ("problem" | "wish" | "service" | "suggestion" | "consultation")[];
                                sort: number;
                                isActive: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a category */
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
                        /** @description null for a top-level category */
                        parentId: string | null;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        /** @default [] */
                        kinds?: ("problem" | "wish" | "service" | "suggestion" | "consultation")[];
                        /** @default 0 */
                        sort?: number;
                        /** @default true */
                        isActive?: boolean;
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
                            parentId: string | null;
                            code: string;
                            name: string;
                            kinds: ("problem" | "wish" | "service" | "suggestion" | "consultation")[];
                            sort: number;
                            isActive: boolean;
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
    "/api/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a category */
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
                        /** @description null for a top-level category */
                        parentId: string | null;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        /** @default [] */
                        kinds?: ("problem" | "wish" | "service" | "suggestion" | "consultation")[];
                        /** @default 0 */
                        sort?: number;
                        /** @default true */
                        isActive?: boolean;
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
                            parentId: string | null;
                            code: string;
                            name: string;
                            kinds: ("problem" | "wish" | "service" | "suggestion" | "consultation")[];
                            sort: number;
                            isActive: boolean;
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
    "/api/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tickets: filters, work queues, search */
        get: {
            parameters: {
                query?: {
                    /** @description One state or several, comma-separated */
                    state?: string;
                    kind?: "problem" | "wish" | "service" | "suggestion" | "consultation";
                    categoryId?: string;
                    /** @description Tickets in this subtree */
                    placeId?: string;
                    channel?: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                    unitId?: string;
                    /** @description Only tickets past their handling limit */
                    overdue?: "true" | "false";
                    /** @description Created at or after */
                    from?: string;
                    /** @description Created before */
                    to?: string;
                    /** @description Chinese full-text search */
                    q?: string;
                    /** @description A work queue; wish_wall = public wishes waiting to be claimed; extension_requests = pending extension requests the caller may answer */
                    queue?: "to_accept" | "to_dispatch" | "my_unit" | "overdue" | "escalated_to_me" | "extension_requests" | "to_close" | "mine" | "wish_wall";
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
                                /** @description Human-readable, e.g. GD-20261122-000123 */
                                number: string;
                                /** @enum {string} */
                                kind: "problem" | "wish" | "service" | "suggestion" | "consultation";
                                /** @enum {string} */
                                state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                outcome: ("resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected") | null;
                                title: string;
                                description: string;
                                categoryId: string | null;
                                categoryName: string | null;
                                /** @enum {string} */
                                channel: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                                /** @enum {string} */
                                urgency: "normal" | "urgent" | "emergency";
                                /** @enum {string} */
                                horizon: "immediate" | "deadline" | "long_term";
                                /** Format: uuid */
                                placeId: string;
                                placeName: string;
                                address: string | null;
                                /** @description Masked unless the caller must see it */
                                submitterName: string | null;
                                /** @description Masked */
                                submitterPhone: string | null;
                                isAnonymous: boolean;
                                isPublic: boolean;
                                unitId: string | null;
                                unitName: string | null;
                                claimantName: string | null;
                                mergedIntoId: string | null;
                                rating: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                                reopenCount: number;
                                extensionCount: number;
                                urgeCount: number;
                                /** @description A pending extension request (延期申请) waiting for the level above: approve_extension or deny_extension */
                                extensionRequest: {
                                    days: number;
                                    reason: string;
                                    requestedById: string | null;
                                    requestedByName: string | null;
                                    requestedAt: string;
                                } | null;
                                responseDueAt: string;
                                handleDueAt: string;
                                /** @enum {string} */
                                deadlineStatus: "green" | "yellow" | "red";
                                createdAt: string;
                                updatedAt: string;
                                /** @description The moves the caller may make now */
                                allowedActions: ("accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension")[];
                                /** @description The caller handles it and may reveal the submitter's phone (POST /api/tickets/{id}/contact) */
                                canCallBack: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Submit a ticket (any channel) */
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
                        /** @enum {string} */
                        kind: "problem" | "wish" | "service" | "suggestion" | "consultation";
                        /** @description A short summary, e.g. 3栋门口路灯不亮 */
                        title: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description Any node down to a building; residents default to their home
                         */
                        placeId: string;
                        /**
                         * Format: uuid
                         * @description A second-level category (GET /api/categories)
                         */
                        categoryId?: string;
                        /**
                         * @description Defaults to resident_app for residents, hotline for staff
                         * @enum {string}
                         */
                        channel?: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        urgency?: "normal" | "urgent" | "emergency";
                        /**
                         * @default deadline
                         * @enum {string}
                         */
                        horizon?: "immediate" | "deadline" | "long_term";
                        address?: string;
                        lat?: number;
                        lng?: number;
                        /**
                         * @description Hide who submitted it from everyone but the system
                         * @default false
                         */
                        isAnonymous?: boolean;
                        /**
                         * @description Consent to show it (anonymised) on public pages
                         * @default false
                         */
                        isPublic?: boolean;
                        /** @description Staff recording for someone else */
                        submitterName?: string;
                        submitterPhone?: string;
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
                            number: string;
                            /** @enum {string} */
                            kind: "problem" | "wish" | "service" | "suggestion" | "consultation";
                            state: string;
                            outcome: ("resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected") | null;
                            title: string;
                            description: string;
                            categoryId: string | null;
                            categoryName: string | null;
                            /** @enum {string} */
                            channel: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                            /** @enum {string} */
                            urgency: "normal" | "urgent" | "emergency";
                            /** @enum {string} */
                            horizon: "immediate" | "deadline" | "long_term";
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            address: string | null;
                            /** @description Masked unless the caller must see it */
                            submitterName: string | null;
                            /** @description Masked */
                            submitterPhone: string | null;
                            isAnonymous: boolean;
                            isPublic: boolean;
                            unitId: string | null;
                            unitName: string | null;
                            claimantName: string | null;
                            mergedIntoId: string | null;
                            rating: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            reopenCount: number;
                            extensionCount: number;
                            urgeCount: number;
                            /** @description A pending extension request (延期申请) waiting for the level above: approve_extension or deny_extension */
                            extensionRequest: {
                                days: number;
                                reason: string;
                                requestedById: string | null;
                                requestedByName: string | null;
                                requestedAt: string;
                            } | null;
                            responseDueAt: string;
                            handleDueAt: string;
                            /** @enum {string} */
                            deadlineStatus: "green" | "yellow" | "red";
                            createdAt: string;
                            updatedAt: string;
                            /** @description The moves the caller may make now */
                            allowedActions: ("accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension")[];
                            /** @description The caller handles it and may reveal the submitter's phone (POST /api/tickets/{id}/contact) */
                            canCallBack: boolean;
                            events: {
                                /** Format: uuid */
                                id: string;
                                action: string;
                                fromState: ("submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed") | null;
                                /** @enum {string} */
                                toState: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                actorName: string | null;
                                note: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                at: string;
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
    "/api/tickets/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open tickets nearby with similar text (duplicate hint at intake) */
        get: {
            parameters: {
                query: {
                    /** @description Where the new ticket is */
                    placeId: string;
                    /** @description Its title and description */
                    text: string;
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
                                number: string;
                                title: string;
                                /** @enum {string} */
                                state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                placeName: string;
                                createdAt: string;
                                /** @description Text similarity 0…1 (pg_trgm), plus 0.1 when at the very same place */
                                score: number;
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
    "/api/tickets/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open tickets that may be the same matter (相关工单) */
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                                /** @enum {string} */
                                state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                placeName: string;
                                createdAt: string;
                                /** @description Text similarity 0…1 (pg_trgm), plus 0.1 when at the very same place */
                                score: number;
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
    "/api/tickets/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Follow a ticket (关注): be told of every move */
        put: {
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
                    content?: never;
                };
            };
        };
        post?: never;
        /** Stop following a ticket */
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
                200: {
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
    "/api/public/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wish wall (sign-in optional; nothing that identifies a resident): all of it, or one area */
        get: {
            parameters: {
                query?: {
                    /** @description Page size, at most 100 */
                    limit?: number;
                    /** @description The previous page's nextCursor */
                    cursor?: string;
                    /** @description Only wishes in this subtree (a district, street or community) */
                    placeId?: string;
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
                                number: string;
                                title: string;
                                description: string;
                                /** @description The community (社区/村) it is in, never the compound, building or address */
                                placeName: string;
                                /** @description Masked as 王**; null when the resident is anonymous */
                                submitterName: string | null;
                                /** @enum {string} */
                                state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                createdAt: string;
                                /** @description What the signed-in caller may do with it now (claim); empty for the public */
                                allowedActions: ("accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension")[];
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
    "/api/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with its timeline */
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
                            /** @description Human-readable, e.g. GD-20261122-000123 */
                            number: string;
                            /** @enum {string} */
                            kind: "problem" | "wish" | "service" | "suggestion" | "consultation";
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                            outcome: ("resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected") | null;
                            title: string;
                            description: string;
                            categoryId: string | null;
                            categoryName: string | null;
                            /** @enum {string} */
                            channel: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                            /** @enum {string} */
                            urgency: "normal" | "urgent" | "emergency";
                            /** @enum {string} */
                            horizon: "immediate" | "deadline" | "long_term";
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            address: string | null;
                            /** @description Masked unless the caller must see it */
                            submitterName: string | null;
                            /** @description Masked */
                            submitterPhone: string | null;
                            isAnonymous: boolean;
                            isPublic: boolean;
                            unitId: string | null;
                            unitName: string | null;
                            claimantName: string | null;
                            mergedIntoId: string | null;
                            rating: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            reopenCount: number;
                            extensionCount: number;
                            urgeCount: number;
                            /** @description A pending extension request (延期申请) waiting for the level above: approve_extension or deny_extension */
                            extensionRequest: {
                                days: number;
                                reason: string;
                                requestedById: string | null;
                                requestedByName: string | null;
                                requestedAt: string;
                            } | null;
                            responseDueAt: string;
                            handleDueAt: string;
                            /** @enum {string} */
                            deadlineStatus: "green" | "yellow" | "red";
                            createdAt: string;
                            updatedAt: string;
                            /** @description The moves the caller may make now */
                            allowedActions: ("accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension")[];
                            /** @description The caller handles it and may reveal the submitter's phone (POST /api/tickets/{id}/contact) */
                            canCallBack: boolean;
                            events: {
                                /** Format: uuid */
                                id: string;
                                action: string;
                                fromState: ("submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed") | null;
                                /** @enum {string} */
                                toState: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                actorName: string | null;
                                note: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                at: string;
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
    "/api/tickets/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's photos, oldest first (each url serves the bytes) */
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
                            url: string;
                            mime: string;
                            bytes: number;
                            createdAt: string;
                            /** @description Whether the caller may take it off: who added it, or the office, while open */
                            mayRemove: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Add up to 9 photos (multipart field `files`; JPEG, PNG or WebP, ≤ 10 MB each) */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            mime: string;
                            bytes: number;
                            createdAt: string;
                            /** @description Whether the caller may take it off: who added it, or the office, while open */
                            mayRemove: boolean;
                        }[];
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
    "/api/tickets/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many tickets wait in each of the caller's queues, and how many are near their limit */
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
                            queues: {
                                to_accept: number;
                                to_dispatch: number;
                                my_unit: number;
                                overdue: number;
                                escalated_to_me: number;
                                extension_requests: number;
                                to_close: number;
                                mine: number;
                            };
                            /** @description Open, past the warning point (80 % of the limit) and not yet overdue */
                            dueSoon: number;
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
    "/api/tickets/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The submitter's name and phone unmasked, to call back: the office, grid worker and unit handling it; audited */
        post: {
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
                            submitterName: string | null;
                            submitterPhone: string | null;
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
    "/api/tickets/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo (metadata stripped unless the office asks) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photoId: string;
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
        /** Take a photo off an open ticket (who added it, or the office) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photoId: string;
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
    "/api/tickets/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Perform a move of the state machine */
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
                        /** @enum {string} */
                        action: "accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension";
                        reason?: string;
                        note?: string;
                        result?: string;
                        /** Format: uuid */
                        unitId?: string;
                        /** Format: uuid */
                        intoId?: string;
                        /** @enum {string} */
                        rating?: "satisfied" | "basically_satisfied" | "unsatisfied";
                        comment?: string;
                        /**
                         * @description For close: defaults to resolved after a rating
                         * @enum {string}
                         */
                        outcome?: "resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected";
                        /** @description For extend: working days added (asked for by the handler or office, granted at once by the level above) */
                        days?: number;
                        /**
                         * @description For pool: the resident told the office (e.g. on the phone) they agree to show it on the wish wall; recorded on the timeline and in the audit trail
                         * @enum {boolean}
                         */
                        isPublic?: true;
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
                            /** @description Human-readable, e.g. GD-20261122-000123 */
                            number: string;
                            /** @enum {string} */
                            kind: "problem" | "wish" | "service" | "suggestion" | "consultation";
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                            outcome: ("resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected") | null;
                            title: string;
                            description: string;
                            categoryId: string | null;
                            categoryName: string | null;
                            /** @enum {string} */
                            channel: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                            /** @enum {string} */
                            urgency: "normal" | "urgent" | "emergency";
                            /** @enum {string} */
                            horizon: "immediate" | "deadline" | "long_term";
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            address: string | null;
                            /** @description Masked unless the caller must see it */
                            submitterName: string | null;
                            /** @description Masked */
                            submitterPhone: string | null;
                            isAnonymous: boolean;
                            isPublic: boolean;
                            unitId: string | null;
                            unitName: string | null;
                            claimantName: string | null;
                            mergedIntoId: string | null;
                            rating: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
                            reopenCount: number;
                            extensionCount: number;
                            urgeCount: number;
                            /** @description A pending extension request (延期申请) waiting for the level above: approve_extension or deny_extension */
                            extensionRequest: {
                                days: number;
                                reason: string;
                                requestedById: string | null;
                                requestedByName: string | null;
                                requestedAt: string;
                            } | null;
                            responseDueAt: string;
                            handleDueAt: string;
                            /** @enum {string} */
                            deadlineStatus: "green" | "yellow" | "red";
                            createdAt: string;
                            updatedAt: string;
                            /** @description The moves the caller may make now */
                            allowedActions: ("accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension")[];
                            /** @description The caller handles it and may reveal the submitter's phone (POST /api/tickets/{id}/contact) */
                            canCallBack: boolean;
                            events: {
                                /** Format: uuid */
                                id: string;
                                action: string;
                                fromState: ("submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed") | null;
                                /** @enum {string} */
                                toState: "submitted" | "accepted" | "rejected" | "merged" | "dispatched" | "pooled" | "received" | "claimed" | "in_progress" | "escalated" | "resolved" | "rated" | "closed";
                                actorName: string | null;
                                note: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                at: string;
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
    "/api/tickets/bulk-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One move on up to 100 tickets (e.g. dispatch the selected rows to one unit)
         * @description Each ticket is moved in its own transaction, exactly as a single move would be: the answer is 200 with one result per id, some of which may be 409 (already moved), 403 or 404. Office staff only.
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
                        /** @enum {string} */
                        action: "accept" | "reject" | "merge" | "dispatch" | "pool" | "receive" | "claim" | "progress" | "resolve" | "rate" | "close" | "return" | "escalate" | "urge" | "extend" | "approve_extension" | "deny_extension";
                        reason?: string;
                        note?: string;
                        result?: string;
                        /** Format: uuid */
                        unitId?: string;
                        /** Format: uuid */
                        intoId?: string;
                        /** @enum {string} */
                        rating?: "satisfied" | "basically_satisfied" | "unsatisfied";
                        comment?: string;
                        /**
                         * @description For close: defaults to resolved after a rating
                         * @enum {string}
                         */
                        outcome?: "resolved" | "explained" | "transferred" | "duplicate" | "withdrawn" | "rejected";
                        /** @description For extend: working days added (asked for by the handler or office, granted at once by the level above) */
                        days?: number;
                        /** @description The tickets, at most 100; an id listed twice is moved once */
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
    "/api/tickets/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ticket list as an Excel workbook (same filters as the list, at most 10000 rows)
         * @description Phone numbers masked unless `phones=full` (offices only, audited; 403 for others). Times are in the installation's time zone, named in their headers. When the list holds more rows, the workbook ends with a note and the response carries `x-export-truncated: true`. Office staff only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One state or several, comma-separated */
                    state?: string;
                    kind?: "problem" | "wish" | "service" | "suggestion" | "consultation";
                    categoryId?: string;
                    /** @description Tickets in this subtree */
                    placeId?: string;
                    channel?: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                    unitId?: string;
                    /** @description Only tickets past their handling limit */
                    overdue?: "true" | "false";
                    /** @description Created at or after */
                    from?: string;
                    /** @description Created before */
                    to?: string;
                    /** @description Chinese full-text search */
                    q?: string;
                    /** @description A work queue; wish_wall = public wishes waiting to be claimed; extension_requests = pending extension requests the caller may answer */
                    queue?: "to_accept" | "to_dispatch" | "my_unit" | "overdue" | "escalated_to_me" | "extension_requests" | "to_close" | "mine" | "wish_wall";
                    /** @description masked (138****1234) for everyone; full writes the numbers whole where the caller may call the submitter back, needs ticket.export_phones, and is audited once with the number of rows revealed */
                    phones?: "masked" | "full";
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
    "/api/stats/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The three rates, indicators, counts and averages of a subtree over a period
         * @description Tickets at placeId or below (default: the caller’s own node) submitted in [from, to) (default: this month, Beijing time). A place outside the caller’s subtree answers 403. Definitions: GET /api/stats/definitions and docs/metrics.md.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The subtree's top node; default: the caller's own node */
                    placeId?: string;
                    /** @description Tickets created at or after; default: the first day of this month */
                    from?: string;
                    /** @description Tickets created before; default: the first day of next month */
                    to?: string;
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
                            counts: {
                                submitted: number;
                                accepted: number;
                                rejected: number;
                                merged: number;
                                dueForResponse: number;
                                respondedOnTime: number;
                                dispatched: number;
                                dispatchedAccurately: number;
                                returned: number;
                                dueForHandling: number;
                                resolved: number;
                                resolvedWell: number;
                                resolvedOnTime: number;
                                everResolved: number;
                                reworked: number;
                                extended: number;
                                closed: number;
                                closedOnTime: number;
                                overdue: number;
                                overdueOpen: number;
                                rated: number;
                                satisfiedOrBasically: number;
                            };
                            /** @description Finished tickets by how they ended (closed, rejected or merged) */
                            closedByOutcome: {
                                resolved: number;
                                explained: number;
                                transferred: number;
                                duplicate: number;
                                withdrawn: number;
                                rejected: number;
                            };
                            ratedByRating: {
                                satisfied: number;
                                basically_satisfied: number;
                                unsatisfied: number;
                            };
                            rates: {
                                responseRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                resolutionRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                satisfactionRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                onTimeRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                handledOnTimeRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                reworkRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                extensionRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                accurateDispatchRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                closureRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                                closedOnTimeRate: {
                                    /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                    value: number | null;
                                    numerator: number;
                                    denominator: number;
                                };
                            };
                            averages: {
                                responseHours: number | null;
                                handlingHours: number | null;
                                handlingWorkingHours: number | null;
                            };
                            /** @description null: the whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description The way back up: the nodes from the caller’s own node down to the parent of placeId */
                            trail: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** @description Period start (inclusive), ISO instant */
                            from: string;
                            /** @description Period end (exclusive), ISO instant */
                            to: string;
                            /** @description When the figures were taken: open tickets are judged against this time */
                            asOf: string;
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
    "/api/stats/rates/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures per child node or per unit (rankings) */
        get: {
            parameters: {
                query?: {
                    /** @description The subtree's top node; default: the caller's own node */
                    placeId?: string;
                    /** @description Tickets created at or after; default: the first day of this month */
                    from?: string;
                    /** @description Tickets created before; default: the first day of next month */
                    to?: string;
                    /** @description child: each child node; unit: each unit dispatched to */
                    by?: "child" | "unit";
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
                            placeId: string | null;
                            from: string;
                            to: string;
                            asOf: string;
                            items: {
                                counts: {
                                    submitted: number;
                                    accepted: number;
                                    rejected: number;
                                    merged: number;
                                    dueForResponse: number;
                                    respondedOnTime: number;
                                    dispatched: number;
                                    dispatchedAccurately: number;
                                    returned: number;
                                    dueForHandling: number;
                                    resolved: number;
                                    resolvedWell: number;
                                    resolvedOnTime: number;
                                    everResolved: number;
                                    reworked: number;
                                    extended: number;
                                    closed: number;
                                    closedOnTime: number;
                                    overdue: number;
                                    overdueOpen: number;
                                    rated: number;
                                    satisfiedOrBasically: number;
                                };
                                /** @description Finished tickets by how they ended (closed, rejected or merged) */
                                closedByOutcome: {
                                    resolved: number;
                                    explained: number;
                                    transferred: number;
                                    duplicate: number;
                                    withdrawn: number;
                                    rejected: number;
                                };
                                ratedByRating: {
                                    satisfied: number;
                                    basically_satisfied: number;
                                    unsatisfied: number;
                                };
                                rates: {
                                    responseRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    resolutionRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    satisfactionRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    onTimeRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    handledOnTimeRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    reworkRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    extensionRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    accurateDispatchRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    closureRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                    closedOnTimeRate: {
                                        /** @description numerator / denominator as a fraction 0…1; null when 0 / 0 */
                                        value: number | null;
                                        numerator: number;
                                        denominator: number;
                                    };
                                };
                                averages: {
                                    responseHours: number | null;
                                    handlingHours: number | null;
                                    handlingWorkingHours: number | null;
                                };
                                /** @description The child node or the unit; null: tickets on the node itself or undispatched */
                                id: string | null;
                                name: string | null;
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
    "/api/stats/rates/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures and both rankings (by child node, by unit) as an Excel workbook
         * @description Same place, period and answers as GET /api/stats/rates, in the caller’s language.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The subtree's top node; default: the caller's own node */
                    placeId?: string;
                    /** @description Tickets created at or after; default: the first day of this month */
                    from?: string;
                    /** @description Tickets created before; default: the first day of next month */
                    to?: string;
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
    "/api/stats/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What every counter, rate and average means, in the caller’s language */
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
                            /** @description Which tickets are counted */
                            population: string;
                            counters: {
                                /** @enum {string} */
                                key: "submitted" | "accepted" | "rejected" | "merged" | "dueForResponse" | "respondedOnTime" | "dispatched" | "dispatchedAccurately" | "returned" | "dueForHandling" | "resolved" | "resolvedWell" | "resolvedOnTime" | "everResolved" | "reworked" | "extended" | "closed" | "closedOnTime" | "overdue" | "overdueOpen" | "rated" | "satisfiedOrBasically";
                                name: string;
                                definition: string;
                            }[];
                            rates: {
                                /** @enum {string} */
                                key: "responseRate" | "resolutionRate" | "satisfactionRate" | "onTimeRate" | "handledOnTimeRate" | "reworkRate" | "extensionRate" | "accurateDispatchRate" | "closureRate" | "closedOnTimeRate";
                                name: string;
                                definition: string;
                                /** @enum {string} */
                                numerator: "submitted" | "accepted" | "rejected" | "merged" | "dueForResponse" | "respondedOnTime" | "dispatched" | "dispatchedAccurately" | "returned" | "dueForHandling" | "resolved" | "resolvedWell" | "resolvedOnTime" | "everResolved" | "reworked" | "extended" | "closed" | "closedOnTime" | "overdue" | "overdueOpen" | "rated" | "satisfiedOrBasically";
                                /** @enum {string} */
                                denominator: "submitted" | "accepted" | "rejected" | "merged" | "dueForResponse" | "respondedOnTime" | "dispatched" | "dispatchedAccurately" | "returned" | "dueForHandling" | "resolved" | "resolvedWell" | "resolvedOnTime" | "everResolved" | "reworked" | "extended" | "closed" | "closedOnTime" | "overdue" | "overdueOpen" | "rated" | "satisfiedOrBasically";
                            }[];
                            averages: {
                                /** @enum {string} */
                                key: "responseHours" | "handlingHours" | "handlingWorkingHours";
                                name: string;
                                definition: string;
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
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Page size, at most 100 */
                    limit?: number;
                    /** @description The previous page's nextCursor */
                    cursor?: string;
                    unread?: "true" | "false";
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
                                /** @description What the notice is about: ticket, and later activity, project, survey … */
                                subjectType: string;
                                /**
                                 * Format: uuid
                                 * @description The id of that subject
                                 */
                                subjectId: string;
                                /** @description subjectId when the subject is a ticket, else null */
                                ticketId: string | null;
                                /** @description The headline, in the caller's language where its template speaks it */
                                title: string;
                                /** @description The text */
                                body: string;
                                isRead: boolean;
                                createdAt: string;
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
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many are unread */
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
                            count: number;
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
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one read */
        post: {
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
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all read */
        post: {
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
                            count: number;
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
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My channels for notices (the inbox is always on) */
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
                            /**
                             * @description The inbox: always on, so nothing is missed
                             * @enum {boolean}
                             */
                            inApp: true;
                            /** @description Notices by SMS (to the phone on the account) */
                            sms: boolean;
                            /** @description Notices as WeChat template messages (when WeChat is bound) */
                            wechat: boolean;
                        };
                    };
                };
            };
        };
        /** Turn SMS and WeChat notices on or off for myself (audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Notices by SMS */
                        sms: boolean;
                        /** @description Notices as WeChat template messages */
                        wechat: boolean;
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
                            /**
                             * @description The inbox: always on, so nothing is missed
                             * @enum {boolean}
                             */
                            inApp: true;
                            /** @description Notices by SMS (to the phone on the account) */
                            sms: boolean;
                            /** @description Notices as WeChat template messages (when WeChat is bound) */
                            wechat: boolean;
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
    "/open311/v2/discovery.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service discovery (xml) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/services.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list: the category taxonomy (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/services/{service_code}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service definition (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/requests.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service requests: published ones, and those the api_key filed (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code; required for the list */
                    jurisdiction_id?: string;
                    /** @description Optional: also lists the requests this key filed */
                    api_key?: string;
                    /** @description Comma-separated; when given, other filters are ignored */
                    service_request_id?: string;
                    /** @description Comma-separated */
                    service_code?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
                    /** @description open, closed or open,closed */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a service request: files a ticket, channel external (xml)
         * @description A form, or multipart/form-data whose files (JPEG, PNG or WebP) are attached as photos. api_key and jurisdiction_id may come in the body or the query string.
         */
        post: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description attribute[code]=value for the attributes of GET services/{service_code} */
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
                    };
                    "multipart/form-data": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
                    };
                };
            };
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/requests/{service_request_id}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_request_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/servicerequestupdates.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress notes of the requests one may list: FixMyStreet's extension (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    /** @description Optional: also the updates of requests this key filed */
                    api_key?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/tokens/{token}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service request id of a token (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/open311/v2/discovery.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service discovery (json) */
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
                            changeset: string;
                            contact: string;
                            key_service: string;
                            endpoints: {
                                specification: string;
                                url: string;
                                changeset: string;
                                /** @enum {string} */
                                type: "production" | "test";
                                formats: string[];
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
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list: the category taxonomy (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
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
                            /** @description The category code, e.g. facility.light */
                            service_code: string;
                            service_name: string;
                            description: string;
                            /** @description true: GET services/{service_code} lists attributes */
                            metadata: boolean;
                            /**
                             * @description realtime: POST answers with the id at once
                             * @enum {string}
                             */
                            type: "realtime" | "batch" | "blackbox";
                            /** @description Comma-separated */
                            keywords: string;
                            /** @description The parent category */
                            group: string;
                        }[];
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
    "/open311/v2/services/{service_code}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service definition (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_code: string;
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
                            service_code: string;
                            attributes: {
                                variable: boolean;
                                code: string;
                                /** @enum {string} */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                required: boolean;
                                datatype_description: string | null;
                                order: number;
                                description: string;
                                values: {
                                    key: string;
                                    name: string;
                                }[];
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
    "/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service requests: published ones, and those the api_key filed (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code; required for the list */
                    jurisdiction_id?: string;
                    /** @description Optional: also lists the requests this key filed */
                    api_key?: string;
                    /** @description Comma-separated; when given, other filters are ignored */
                    service_request_id?: string;
                    /** @description Comma-separated */
                    service_code?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
                    /** @description open, closed or open,closed */
                    status?: string;
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
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description From the latest public event of the timeline */
                            status_notes: string | null;
                            service_name: string | null;
                            service_code: string | null;
                            /** @description Phone and ID numbers in the text are masked. Null, like address, lat, long and media_url, when the resident did not agree to publication and the caller is not the key that filed it */
                            description: string | null;
                            /** @description The unit it was dispatched to, else the owner office */
                            agency_responsible: string | null;
                            service_notice: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            /** @description The handling deadline */
                            expected_datetime: string | null;
                            address: string | null;
                            /** @description The code of the place it is filed at */
                            address_id: string | null;
                            zipcode: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a service request: files a ticket, channel external (json)
         * @description A form, or multipart/form-data whose files (JPEG, PNG or WebP) are attached as photos. api_key and jurisdiction_id may come in the body or the query string.
         */
        post: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description attribute[code]=value for the attributes of GET services/{service_code} */
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
                    };
                    "multipart/form-data": {
                        /** @description Required; issued by the system administrator */
                        api_key?: string;
                        /** @description Required: a place code (the district, street or community) */
                        jurisdiction_id?: string;
                        /** @description Required: from GET services */
                        service_code?: string;
                        /** @description WGS84 latitude; with long */
                        lat?: string;
                        /** @description WGS84 longitude; with lat */
                        long?: string;
                        /** @description Free-text address */
                        address_string?: string;
                        /** @description A place code below the jurisdiction (compound, grid, building) */
                        address_id?: string;
                        /** @description Accepted, not stored */
                        email?: string;
                        /** @description Accepted, not stored */
                        device_id?: string;
                        /** @description Accepted, not stored */
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        /** @description Stored encrypted, never shown by GET; a Chinese or international number, anything else is dropped */
                        phone?: string;
                        description?: string;
                        /** @description Stored as a link, the file not fetched; may be repeated */
                        media_url?: string | string[];
                    } & {
                        [key: string]: string | string[];
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
                            /** @description The ticket id; follow it with GET requests/{id} */
                            service_request_id: string;
                            /** @description The ticket number and its handling deadline */
                            service_notice: string | null;
                            account_id: string | null;
                        }[];
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
    "/open311/v2/requests/{service_request_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    service_request_id: string;
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
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description From the latest public event of the timeline */
                            status_notes: string | null;
                            service_name: string | null;
                            service_code: string | null;
                            /** @description Phone and ID numbers in the text are masked. Null, like address, lat, long and media_url, when the resident did not agree to publication and the caller is not the key that filed it */
                            description: string | null;
                            /** @description The unit it was dispatched to, else the owner office */
                            agency_responsible: string | null;
                            service_notice: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            /** @description The handling deadline */
                            expected_datetime: string | null;
                            address: string | null;
                            /** @description The code of the place it is filed at */
                            address_id: string | null;
                            zipcode: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                        }[];
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
    "/open311/v2/servicerequestupdates.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress notes of the requests one may list: FixMyStreet's extension (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    /** @description Optional: also the updates of requests this key filed */
                    api_key?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
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
                            /** @description The timeline event id */
                            update_id: string;
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "investigating" | "action_scheduled" | "in_progress" | "fixed" | "closed" | "duplicate" | "no_further_action";
                            updated_datetime: string;
                            /** @description The office note (numbers masked), else what happened */
                            description: string;
                            media_url: string | null;
                        }[];
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
    "/open311/v2/tokens/{token}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service request id of a token (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    token: string;
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
                            service_request_id: string;
                            token: string;
                        }[];
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
    "/api/open311/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 API keys */
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
                                /** Format: uuid */
                                id: string;
                                name: string;
                                channel: string;
                                createdAt: string;
                                revokedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue an Open311 API key (the answer is the only time the key is shown) */
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
                        /** @description Who uses it, e.g. 12345 热线 or FixMyStreet */
                        name: string;
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
                            channel: string;
                            createdAt: string;
                            revokedAt: string | null;
                            /** @description The plaintext key: shown this once, only its hash is kept */
                            key: string;
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
    "/api/open311/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an Open311 API key */
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
                200: {
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
