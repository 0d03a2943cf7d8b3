/// The example bodies of docspace-people-api.md, verbatim except where "…" had to become
/// valid JSON text.
enum DocExamples {
    /// The API reference's example: single user (GET people/@self, trimmed).
    static let single = """
        {
          "response": { "id": "66faa6e4-f133-11ea-b126-00ffeec8b4ef", "displayName": "Administrator", "isOwner": true },
          "count": 1,
          "links": [ { "href": "https://portal.example.com/api/2.0/people/@self", "action": "GET" } ],
          "status": 0,
          "statusCode": 200
        }
        """

    /// The API reference's example: paged list.
    static let paged = """
        {
          "response": [ { "id": "…", "displayName": "Jane Doe" }, { "id": "…2", "displayName": "John Roe" } ],
          "count": 2,
          "total": 37,
          "links": [ { "href": "https://portal.example.com/api/2.0/people/filter?count=2&startIndex=0", "action": "GET" } ],
          "status": 0,
          "statusCode": 200
        }
        """

    /// The API reference's example: void action.
    static let void = """
        { "count": 0, "links": [ { "href": "https://portal.example.com/api/2.0/people/remove/terminate", "action": "PUT" } ], "status": 0, "statusCode": 200 }
        """

    /// The API reference's example: error envelope.
    static let error404 = """
        {
          "error": {
            "message": "The user could not be found",
            "type": "ASC.Common.Web.ItemNotFoundException",
            "stack": "   at ASC.People.Api.PeopleControllerBase.GetUserInfoAsync(String userNameOrId) …",
            "hresult": -2146233088
          },
          "status": 1,
          "statusCode": 404
        }
        """

    /// The API reference's example: model-validation 400.
    static let validation400 = """
        {
          "response": {
            "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            "title": "One or more validation errors occurred.",
            "status": 400,
            "errors": { "count": [ "The field count must be between 1 and 100." ] },
            "traceId": "00-…-…-00"
          },
          "count": 1,
          "links": [ { "href": "https://portal.example.com/api/2.0/people?count=500", "action": "GET" } ],
          "status": 1,
          "statusCode": 400
        }
        """

    /// The API reference's example: authentication answer.
    static let auth = """
        {
          "response": { "token": "Ph1rNq4c3…t9A=", "expires": "2027-08-13T09:41:27.1234567Z", "sms": false, "tfa": false },
          "count": 1,
          "links": [ { "href": "https://portal.example.com/api/2.0/authentication", "action": "POST" } ],
          "status": 0,
          "statusCode": 200
        }
        """

    /// The API reference's example: login failure.
    static let loginFailed = """
        {"error":{"message":"User authentication failed","type":null,"stack":null,"hresult":0},"status":1,"statusCode":401}
        """

    /// The API reference's example: TaskProgress.
    static let taskProgress = """
        { "response": { "id": "0e5f0c1e-…", "percentage": 100, "isCompleted": true, "status": 2 }, "count": 1,
          "links": [ { "href": "https://portal.example.com/api/2.0/people/reassign/progress/…", "action": "GET" } ], "status": 0, "statusCode": 200 }
        """

    /// The API reference's example: complete realistic example.
    static let fullPerson = """
        {
          "response": {
            "firstName": "Jane",
            "lastName": "Doe",
            "userName": "jane.doe",
            "email": "jane.doe@example.com",
            "contacts": [ { "type": "phone", "value": "+1 555 0100" } ],
            "status": 1,
            "activationStatus": 1,
            "department": "Marketing",
            "groups": [ { "id": "b2c4a8e0-5a0f-4f63-9d3e-1f0c7f0b9a11", "name": "Marketing", "manager": "john.roe" } ],
            "location": "Riga",
            "notes": "Team lead",
            "isAdmin": false,
            "isRoomAdmin": true,
            "isLDAP": false,
            "isOwner": false,
            "isVisitor": false,
            "isCollaborator": false,
            "cultureName": "en-US",
            "mobilePhoneActivationStatus": 0,
            "isSSO": false,
            "usedSpace": 1048576,
            "createdBy": {
              "id": "66faa6e4-f133-11ea-b126-00ffeec8b4ef",
              "displayName": "Administrator",
              "avatar": "/static/images/default_user_photo_size_82-82.png?hash=1780467874",
              "avatarOriginal": "/static/images/default_user_photo_size_200-200.png?hash=1780467874",
              "avatarMax": "/static/images/default_user_photo_size_200-200.png?hash=1780467874",
              "avatarMedium": "/static/images/default_user_photo_size_48-48.png?hash=1780467874",
              "avatarSmall": "/static/images/default_user_photo_size_32-32.png?hash=1780467874",
              "profileUrl": "https://portal.example.com/accounts/people/filter?search=admin%40example.com",
              "hasAvatar": false,
              "isAnonim": false
            },
            "registrationDate": "2026-03-02T17:05:11.0000000+03:00",
            "id": "3f9a6c2e-8d1b-4c7e-9a55-2b1d0e6f7c88",
            "displayName": "Jane Doe",
            "avatar": "/static/images/default_user_photo_size_82-82.png?hash=994512233",
            "avatarOriginal": "/static/images/default_user_photo_size_200-200.png?hash=994512233",
            "avatarMax": "/static/images/default_user_photo_size_200-200.png?hash=994512233",
            "avatarMedium": "/static/images/default_user_photo_size_48-48.png?hash=994512233",
            "avatarSmall": "/static/images/default_user_photo_size_32-32.png?hash=994512233",
            "profileUrl": "https://portal.example.com/accounts/people/filter?search=jane.doe%40example.com",
            "hasAvatar": false,
            "isAnonim": false
          },
          "count": 1,
          "links": [ { "href": "https://portal.example.com/api/2.0/people/3f9a6c2e-8d1b-4c7e-9a55-2b1d0e6f7c88", "action": "GET" } ],
          "status": 0,
          "statusCode": 200
        }
        """

    /// The API reference's example: the freshly invited user ("8a1f…" kept as the id).
    static let invitee = """
        {
          "firstName": "", "lastName": "", "userName": "new.person", "email": "new.person@example.com",
          "status": 4, "activationStatus": 2, "department": "",
          "isAdmin": false, "isRoomAdmin": true, "isLDAP": false, "isOwner": false, "isVisitor": false,
          "isCollaborator": false, "cultureName": "en-US", "mobilePhoneActivationStatus": 0, "isSSO": false,
          "registrationDate": "2026-08-20T09:00:00.0000000Z",
          "id": "8a1f…", "displayName": "new.person@example.com", "hasAvatar": false, "isAnonim": false,
          "avatar": "/static/images/default_user_photo_size_82-82.png?hash=12345",
          "avatarSmall": "/static/images/default_user_photo_size_32-32.png?hash=12345",
          "profileUrl": "https://portal.example.com/accounts/people/filter?search=new.person%40example.com"
        }
        """
}
